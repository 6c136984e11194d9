import { NEED_KINDS } from '../../../../shared/model/index.js';
import { NODE_HEIGHT, NODE_WIDTH } from '../node-size.js';
import { LIT, SELECTED, type OverviewArrays } from './overview-data.js';

export interface Transform {
  x: number;
  y: number;
  zoom: number;
}

export interface Palette {
  kinds: readonly string[];
  edge: string;
  /** A needs edge's stroke width in graph units. */
  edgeWidth: number;
  selected: string;
  /** A card's ground and border, for cards drawn on a canvas (window/draw-stand-ins.ts). */
  panel: string;
  border: string;
}

const palettes = new WeakMap<Element, Palette>();

/**
 * The stylesheet's colours, so a canvas matches the cards. Read once per element:
 * they are fixed in the stylesheet, and reading them after an edit changed the page forced a
 * style recalculation into every redraw.
 */
export function readPalette(element: Element): Palette {
  const known = palettes.get(element);
  if (known) return known;
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const palette = {
    kinds: NEED_KINDS.map((kind) => read(`--kind-${kind}`, '#64748b')),
    edge: read('--edge-colour', '#8a94a6'),
    edgeWidth: Number.parseFloat(read('--edge-width', '')) || 1.4,
    selected: read('--accent', '#2451b8'),
    panel: read('--panel', '#ffffff'),
    border: read('--border-strong', '#b9c0cb'),
  };
  palettes.set(element, palette);
  return palette;
}

/** One drawing: the graph's arrays, where graph space lands on a canvas of this size, colours. */
export interface Drawing {
  data: OverviewArrays;
  t: Transform;
  width: number;
  height: number;
  palette: Palette;
}

/**
 * Draw the whole graph in one pass: needs edges as one path per strength, need nodes as one
 * path per kind and strength (a fill per path, not per node), culled to the visible area.
 */
export function drawOverview(ctx: OffscreenCanvasRenderingContext2D, drawing: Drawing): void {
  ctx.clearRect(0, 0, drawing.width, drawing.height);
  if (drawing.data.edgeCount < 200_000) drawEdges(ctx, drawing);
  drawNodes(ctx, drawing);
}

/**
 * The minimap: need nodes only, as in React Flow's own minimap. At its size edges are a haze,
 * and rasterizing thousands of them cost as much as the whole overview.
 */
export function drawMinimap(ctx: OffscreenCanvasRenderingContext2D, drawing: Drawing): void {
  ctx.clearRect(0, 0, drawing.width, drawing.height);
  drawNodes(ctx, drawing);
}

function drawEdges(
  ctx: OffscreenCanvasRenderingContext2D,
  { data, t, width, height, palette }: Drawing,
) {
  const z = t.zoom;
  for (const strength of [0, 1]) {
    ctx.beginPath();
    for (let i = 0; i < data.edgeCount; i++) {
      if ((data.edgeLit[i] as number) !== strength) continue;
      const x1 = (data.edgeXy[i * 4] as number) * z + t.x;
      const y1 = (data.edgeXy[i * 4 + 1] as number) * z + t.y;
      const x2 = (data.edgeXy[i * 4 + 2] as number) * z + t.x;
      const y2 = (data.edgeXy[i * 4 + 3] as number) * z + t.y;
      if ((x1 < 0 && x2 < 0) || (x1 > width && x2 > width)) continue;
      if ((y1 < 0 && y2 < 0) || (y1 > height && y2 > height)) continue;
      ctx.moveTo(x1, y1);
      ctx.lineTo(x2, y2);
    }
    ctx.globalAlpha = strength ? 0.55 : 0.12;
    ctx.strokeStyle = palette.edge;
    ctx.lineWidth = 1;
    ctx.stroke();
  }
}

function drawNodes(
  ctx: OffscreenCanvasRenderingContext2D,
  { data, t, width, height, palette }: Drawing,
) {
  const z = t.zoom;
  const w = Math.max(NODE_WIDTH * z, 1);
  const h = Math.max(NODE_HEIGHT * z, 1);
  const { order, start } = drawingOrder(data, palette.kinds.length);
  for (let bucket = 0; bucket < start.length - 1; bucket++) {
    ctx.beginPath();
    for (let k = start[bucket] as number; k < (start[bucket + 1] as number); k++) {
      const i = order[k] as number;
      const x = (data.xy[i * 2] as number) * z + t.x;
      const y = (data.xy[i * 2 + 1] as number) * z + t.y;
      if (x + w < 0 || y + h < 0 || x > width || y > height) continue;
      ctx.rect(x, y, w, h);
    }
    ctx.globalAlpha = bucket % 2 === 1 ? 0.9 : 0.18;
    ctx.fillStyle = palette.kinds[bucket >> 1] ?? '#64748b';
    ctx.fill();
  }
  ctx.globalAlpha = 1;
  ctx.beginPath();
  for (let i = 0; i < data.count; i++) {
    if (((data.flags[i] as number) & SELECTED) === 0) continue;
    const x = (data.xy[i * 2] as number) * z + t.x;
    const y = (data.xy[i * 2 + 1] as number) * z + t.y;
    ctx.rect(x - 2, y - 2, w + 4, h + 4);
  }
  ctx.strokeStyle = palette.selected;
  ctx.lineWidth = 2;
  ctx.stroke();
}

interface DrawingOrder {
  /** Need node indexes grouped by kind, dimmed before lit within a kind. */
  order: Int32Array;
  /** Where each group (kind × 2 + lit) starts in `order`, and one past the last. */
  start: Int32Array;
}

const orders = new WeakMap<OverviewArrays, DrawingOrder>();

/**
 * One fill per kind and strength, as before, but found in one pass over the need nodes
 * (a counting sort, kept per drawing data) rather than one pass per fill.
 */
function drawingOrder(data: OverviewArrays, kinds: number): DrawingOrder {
  const known = orders.get(data);
  if (known && known.start.length === kinds * 2 + 1) return known;
  const groupOf = (i: number) =>
    Math.min(data.kind[i] as number, kinds - 1) * 2 + ((data.flags[i] as number) & LIT);
  const start = new Int32Array(kinds * 2 + 1);
  for (let i = 0; i < data.count; i++) (start[groupOf(i) + 1] as number)++;
  for (let g = 1; g < start.length; g++) start[g] = (start[g] as number) + (start[g - 1] as number);
  const next = start.slice(0, -1);
  const order = new Int32Array(data.count);
  for (let i = 0; i < data.count; i++) {
    const g = groupOf(i);
    order[next[g] as number] = i;
    next[g] = (next[g] as number) + 1;
  }
  const drawing = { order, start };
  orders.set(data, drawing);
  return drawing;
}

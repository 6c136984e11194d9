import type { Bounds } from '../fit.js';
import { NODE_HEIGHT, NODE_WIDTH } from '../node-size.js';
import { LIT, SELECTED } from '../overview/overview-data.js';
import type { PassingGraph, PassingStyle } from './passing-protocol.js';

/** The card's corner radius and kind stripe, as need-node.css draws them. */
const RADIUS = 6;
const STRIPE = 5;
/** A dimmed card's opacity, as graph-editing.css dims a mounted one. */
const DIMMED = 0.18;
/** A card drawn as a block (zoomed out) is this opaque, as `.need-node--block` is. */
const BLOCK = 0.85;

/**
 * The need nodes in `box`: those React Flow has mounted are cut out of the canvas, so their
 * cards (beneath it) show through; the others stand in as cards without their text, bars
 * where the name and code go. A window taken during a pan holds the first kind; the canvas,
 * which follows the view at once, draws the second where the pan has run past the window.
 */
export function drawStandIns(
  ctx: OffscreenCanvasRenderingContext2D,
  data: PassingGraph,
  mounted: Uint8Array,
  box: Bounds,
  style: PassingStyle,
  blocks: boolean,
): void {
  for (let i = 0; i < data.count; i++) {
    const x = data.xy[i * 2] as number;
    const y = data.xy[i * 2 + 1] as number;
    if (x + NODE_WIDTH < box.minX || x > box.maxX || y + NODE_HEIGHT < box.minY || y > box.maxY) {
      continue;
    }
    if (mounted[i]) {
      ctx.clearRect(x, y, NODE_WIDTH, NODE_HEIGHT);
      continue;
    }
    const flags = data.flags[i] as number;
    const kind = style.kinds[data.kind[i] as number] ?? style.border;
    ctx.globalAlpha = flags & LIT ? 1 : DIMMED;
    if (blocks) {
      ctx.globalAlpha *= BLOCK;
      ctx.fillStyle = kind;
      ctx.beginPath();
      ctx.roundRect(x, y, NODE_WIDTH, NODE_HEIGHT, RADIUS);
      ctx.fill();
      continue;
    }
    standInCard(ctx, x, y, kind, flags & SELECTED ? style.selected : style.border, style);
  }
  ctx.globalAlpha = 1;
}

function standInCard(
  ctx: OffscreenCanvasRenderingContext2D,
  x: number,
  y: number,
  kind: string,
  border: string,
  style: PassingStyle,
) {
  ctx.beginPath();
  ctx.roundRect(x + 0.5, y + 0.5, NODE_WIDTH - 1, NODE_HEIGHT - 1, RADIUS);
  ctx.fillStyle = style.panel;
  ctx.fill();
  ctx.lineWidth = 1;
  ctx.strokeStyle = border;
  ctx.stroke();
  ctx.beginPath();
  ctx.roundRect(x, y, STRIPE, NODE_HEIGHT, [RADIUS, 0, 0, RADIUS]);
  ctx.fillStyle = kind;
  ctx.fill();
  ctx.fillStyle = style.border;
  ctx.fillRect(x + STRIPE + 9, y + 10, 110, 9);
  ctx.fillRect(x + STRIPE + 9, y + 29, 56, 7);
}

import type { Bounds } from '../fit.js';
import { DETAIL_ZOOM } from '../NeedNodeCard.js';
import { readPalette } from '../overview/draw.js';
import { CanvasTurns } from './canvas-turns.js';
import type { OverviewData } from '../overview/overview-data.js';
import type {
  PassingDraw,
  PassingRequest,
  PassingResponse,
  PassingStyle,
} from './passing-protocol.js';

export interface PassingPainter {
  /** Hands the worker the graph to draw from (once per change of the drawing data). */
  setGraph(data: OverviewData): void;
  /**
   * Draws the edges crossing `box` that are not in `drawn`, and stand-ins for the need nodes
   * there that are not in `mounted`; `onDrawn` follows.
   */
  draw(
    data: OverviewData,
    shown: { drawn: ReadonlySet<string>; mounted: ReadonlySet<string> },
    box: Bounds,
    zoom: number,
  ): void;
  stop(): void;
}

/**
 * The edges' and cards' colours and the edge width, from the stylesheet (readPalette reads
 * them once per element: reading them after new cards mounted forced a style recalculation
 * into every re-take of the window).
 */
function styleOf(host: HTMLElement): PassingStyle {
  const { edge, edgeWidth, kinds, panel, border, selected } = readPalette(host);
  return { colour: edge, width: edgeWidth, kinds, panel, border, selected };
}

/** 1 for each entry of `ids` in `shown`, in the order of `ids`. */
function maskOf(ids: readonly string[], shown: ReadonlySet<string>): Uint8Array {
  const mask = new Uint8Array(ids.length);
  ids.forEach((id, index) => {
    if (shown.has(id)) mask[index] = 1;
  });
  return mask;
}

/**
 * Two canvases in `host` that take turns (see CanvasTurns), drawn by a worker: the page's
 * thread only sends it the graph and each box. With one canvas, a new drawing would show
 * before the page had moved the canvas to its box, out of place for a frame or more.
 */
export function startPassingPainter(host: HTMLElement): PassingPainter {
  const buffers = [0, 1].map(() => {
    const buffer = document.createElement('div');
    buffer.className = 'passing-edges__buffer';
    const canvas = document.createElement('canvas');
    buffer.append(canvas);
    host.append(buffer);
    return { buffer, offscreen: canvas.transferControlToOffscreen() };
  });
  const worker = new Worker(new URL('../../../workers/passing-edges.worker.ts', import.meta.url), {
    type: 'module',
  });
  const send = (request: PassingRequest, transfer: Transferable[] = []) =>
    worker.postMessage(request, transfer);
  const turns = new CanvasTurns<PassingDraw>(
    (draw, buffer) => {
      const holder = buffers[buffer]?.buffer;
      if (holder) place(holder, draw.box);
      send({ type: 'draw', buffer, ...draw }, [draw.drawn.buffer, draw.mounted.buffer]);
    },
    (buffer) => send({ type: 'clear', buffer }),
  );
  worker.onmessage = ({ data }: MessageEvent<PassingResponse>) => {
    if (data.type === 'drawn') turns.drawn(data.buffer);
    else turns.cleared(data.buffer);
  };
  const canvases = buffers.map((each) => each.offscreen);
  send({ type: 'canvases', canvases }, canvases);
  let style: PassingStyle | null = null;
  return {
    setGraph({ count, xy, kind, flags, edgeCount, edgeEnds }) {
      send({ type: 'graph', graph: { count, xy, kind, flags, edgeCount, edgeEnds } });
    },
    draw(data, shown, box, zoom) {
      const drawn = maskOf(data.edgeIds, shown.drawn);
      const mounted = maskOf(data.ids, shown.mounted);
      style ??= styleOf(host);
      turns.ask({ box, zoom, drawn, mounted, blocks: zoom < DETAIL_ZOOM, style });
    },
    stop() {
      worker.terminate();
      for (const each of buffers) each.buffer.remove();
    },
  };
}

/** Moves a canvas's holder over the box its drawing will show. */
function place(element: HTMLElement, box: Bounds) {
  element.style.transform = `translate(${String(box.minX)}px, ${String(box.minY)}px)`;
  element.style.width = `${String(box.maxX - box.minX)}px`;
  element.style.height = `${String(box.maxY - box.minY)}px`;
}

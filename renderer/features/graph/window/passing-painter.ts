import type { Bounds } from '../fit.js';
import { readPalette } from '../overview/draw.js';
import type { OverviewData } from '../overview/overview-data.js';
import type { PassingRequest, PassingResponse, PassingStyle } from './passing-protocol.js';

export interface PassingPainter {
  /** Hands the worker the graph to draw from (once per change of the drawing data). */
  setGraph(data: OverviewData): void;
  /** Draws the edges crossing `box` that are not in `drawn`; `onDrawn` follows. */
  draw(data: OverviewData, drawn: ReadonlySet<string>, box: Bounds, zoom: number): void;
  stop(): void;
}

/**
 * The edges' colour and width from the stylesheet, where they are fixed: read once per
 * painter, since reading them after new cards mounted forced a style recalculation into
 * every re-take of the window.
 */
function styleOf(host: HTMLElement): PassingStyle {
  const width = getComputedStyle(host).getPropertyValue('--edge-width');
  return { colour: readPalette(host).edge, width: Number.parseFloat(width) || 1.4 };
}

/**
 * A canvas in `host` whose drawing is done by a worker: the page's thread only sends it the
 * graph and each window, and learns back which box the canvas shows.
 */
export function startPassingPainter(
  host: HTMLElement,
  onDrawn: (box: Bounds) => void,
): PassingPainter {
  const canvas = document.createElement('canvas');
  host.append(canvas);
  const offscreen = canvas.transferControlToOffscreen();
  const worker = new Worker(new URL('../../../workers/passing-edges.worker.ts', import.meta.url), {
    type: 'module',
  });
  worker.onmessage = (event: MessageEvent<PassingResponse>) => onDrawn(event.data.box);
  const send = (request: PassingRequest, transfer: Transferable[] = []) =>
    worker.postMessage(request, transfer);
  send({ type: 'canvas', canvas: offscreen }, [offscreen]);
  let style: PassingStyle | null = null;
  return {
    setGraph({ count, xy, flags, edgeCount, edgeEnds }) {
      send({ type: 'graph', graph: { count, xy, flags, edgeCount, edgeEnds } });
    },
    draw(data, drawn, box, zoom) {
      const mask = new Uint8Array(data.edgeCount);
      data.edgeIds.forEach((id, index) => {
        if (drawn.has(id)) mask[index] = 1;
      });
      style ??= styleOf(host);
      send({ type: 'draw', box, zoom, drawn: mask, style }, [mask.buffer]);
    },
    stop() {
      worker.terminate();
      canvas.remove();
    },
  };
}

import type { Bounds } from '../fit.js';
import { DETAIL_ZOOM } from '../NeedNodeCard.js';
import { readPalette } from '../overview/draw.js';
import type { OverviewData } from '../overview/overview-data.js';
import type { PassingRequest, PassingResponse, PassingStyle } from './passing-protocol.js';

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
 * The edges' and cards' colours and the edge width from the stylesheet, where they are fixed:
 * read once per painter, since reading them after new cards mounted forced a style
 * recalculation into every re-take of the window.
 */
function styleOf(host: HTMLElement): PassingStyle {
  const style = getComputedStyle(host);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const palette = readPalette(host);
  return {
    colour: palette.edge,
    width: Number.parseFloat(read('--edge-width', '')) || 1.4,
    kinds: palette.kinds,
    panel: read('--panel', '#ffffff'),
    border: read('--border-strong', '#b9c0cb'),
    selected: palette.selected,
  };
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
    setGraph({ count, xy, kind, flags, edgeCount, edgeEnds }) {
      send({ type: 'graph', graph: { count, xy, kind, flags, edgeCount, edgeEnds } });
    },
    draw(data, shown, box, zoom) {
      const drawn = maskOf(data.edgeIds, shown.drawn);
      const mounted = maskOf(data.ids, shown.mounted);
      style ??= styleOf(host);
      const blocks = zoom < DETAIL_ZOOM;
      send({ type: 'draw', box, zoom, drawn, mounted, blocks, style }, [
        drawn.buffer,
        mounted.buffer,
      ]);
    },
    stop() {
      worker.terminate();
      canvas.remove();
    },
  };
}

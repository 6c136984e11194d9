import { readPalette } from './draw.js';
import type {
  CanvasDrawing,
  OverviewCanvasKind,
  OverviewLanded,
  OverviewNodes,
  OverviewRequest,
} from './paint-protocol.js';
import { overviewWorker } from './overview-worker.js';

export interface OverviewPainter {
  /** The canvas on the page; its pixels come from the worker. */
  canvas: HTMLCanvasElement;
  /**
   * Draws `data` so. `onLanded` follows once the drawing is on the screen, unless a later
   * draw replaced it while an earlier one was still being drawn.
   */
  draw(data: OverviewNodes, drawing: CanvasDrawing, onLanded: () => void): void;
  stop(): void;
}

interface Draw {
  data: OverviewNodes;
  drawing: CanvasDrawing;
  onLanded: () => void;
}

/** Per canvas: the drawing the worker is on, and the latest one asked for meanwhile. */
interface Queue {
  busy: Draw | null;
  next: Draw | null;
}

let listening = false;
let sentGraph: OverviewNodes | null = null;
let lastCanvas = 0;
const queues = new Map<number, Queue>();

/**
 * One worker for the whole page (see overview-worker.ts): it keeps one copy of the graph for
 * both canvases, and a later zoom out to the overview finds it ready.
 */
function painterWorker(): Worker {
  const started = overviewWorker();
  if (!listening) {
    started.onmessage = (event: MessageEvent<OverviewLanded>) => landed(event.data.canvas);
    listening = true;
  }
  return started;
}

function send(request: OverviewRequest, transfer: Transferable[] = []) {
  painterWorker().postMessage(request, transfer);
}

function start(canvas: number, queue: Queue, next: Draw) {
  if (next.data !== sentGraph) {
    // Copies handed over, not cloned: the page keeps its arrays (hit-testing, passing edges),
    // and cloning them into a message took several times as long as copying them. The needs
    // edges go as their ends, not their lines: fresh memory is what costs, and that is a third.
    const { count, xy, kind, flags, edgeEnds } = next.data;
    const graph = {
      count,
      xy: xy.slice(),
      kind: kind.slice(),
      flags: flags.slice(),
      edgeEnds: edgeEnds.slice(),
    };
    const arrays = [graph.xy, graph.kind, graph.flags, graph.edgeEnds];
    const buffers = arrays.map((array) => array.buffer);
    send({ type: 'graph', graph }, buffers);
    sentGraph = next.data;
  }
  send({ type: 'draw', canvas, ...next.drawing });
  queue.busy = next;
}

function landed(canvas: number) {
  const queue = queues.get(canvas);
  if (!queue) return;
  const done = queue.busy;
  queue.busy = null;
  done?.onLanded();
  if (queue.next) {
    const next = queue.next;
    queue.next = null;
    start(canvas, queue, next);
  }
}

/**
 * A canvas in `host` drawn by the overview worker. The page's thread only sends it the graph
 * (once per change of the drawing data) and where to draw; draws asked for while one is being
 * drawn collapse into the latest, so a zoom never queues up stale frames.
 */
export function startOverviewPainter(
  host: HTMLElement,
  kind: OverviewCanvasKind,
  size?: { width: number; height: number },
): OverviewPainter {
  const element = document.createElement('canvas');
  if (size) {
    element.width = size.width;
    element.height = size.height;
  }
  host.prepend(element);
  const surface = element.transferControlToOffscreen();
  const canvas = ++lastCanvas;
  const queue: Queue = { busy: null, next: null };
  queues.set(canvas, queue);
  send({ type: 'canvas', canvas, kind, surface, palette: readPalette(host) }, [surface]);
  return {
    canvas: element,
    draw(data, drawing, onLanded) {
      const next = { data, drawing, onLanded };
      if (queue.busy) queue.next = next;
      else start(canvas, queue, next);
    },
    stop() {
      queues.delete(canvas);
      send({ type: 'release', canvas });
      element.remove();
    },
  };
}

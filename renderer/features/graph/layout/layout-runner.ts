import type { AppStore } from '../../../store/create-store.js';
import type { LayoutRun } from '../../../store/types.js';
import { boundsOfIds } from '../fit.js';
import { NODE_HEIGHT, NODE_WIDTH } from '../node-size.js';
import { visibleNodeIds } from '../view-state.js';
import { placedNodes } from './placed-nodes.js';
import { ELK_MAX_NODES, type LayoutRequest, type LayoutResponse } from './protocol.js';

let running: Worker | null = null;

function finish(store: AppStore): void {
  running?.terminate();
  running = null;
  store.getState().setLayoutRun(null);
}

/** Where the laid-out block goes: its top-left where the laid-out need nodes' box began. */
function anchorOf(store: AppStore, ids: readonly string[]): LayoutRequest['anchor'] {
  const { nodes } = store.getState();
  const before = boundsOfIds(ids, nodes);
  return before ? { x: before.minX, y: before.minY } : null;
}

/** A macrotask after the next frame, so the window paints between two big steps. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * Move the need nodes to their laid-out positions in one store update, so what follows the
 * need nodes (overview, minimap, search index) redraws once; the new record is built a slice
 * at a time first. Should the record change meanwhile, the positions go onto the new one.
 * With `fit`, the view jumps to them in the same update: the overview is then drawn once, at
 * about the pane's size, and an animated fit would redraw it on every frame.
 */
async function applyPositions(
  store: AppStore,
  ids: readonly string[],
  xy: Float64Array,
  fit: boolean,
) {
  const base = store.getState().nodes;
  const placed = await placedNodes(base, ids, xy);
  if (fit) store.getState().request('fitViewAtOnce');
  if (store.getState().placeNodes(placed, base)) return;
  store.getState().dragNodes(
    ids.flatMap((id, i) => {
      const x = xy[i * 2] as number;
      const y = xy[i * 2 + 1] as number;
      return Number.isFinite(x) && Number.isFinite(y) ? [{ id, x, y }] : [];
    }),
  );
}

/** The need nodes and the needs edges among them, edges as index pairs in a typed array. */
function requestFor(store: AppStore, ids: readonly string[]): LayoutRequest {
  const edges = Object.values(store.getState().edges);
  // Filled in place, not through a list of pairs and a list of numbers: for 10,000 need nodes
  // building the request was among the longest tasks of a layout on the page's thread.
  const indexOf = new Map<string, number>();
  ids.forEach((id, index) => indexOf.set(id, index));
  const pairs = new Int32Array(edges.length * 2);
  let length = 0;
  for (const edge of edges) {
    const from = indexOf.get(edge.fromId);
    const to = indexOf.get(edge.toId);
    if (from === undefined || to === undefined) continue;
    pairs[length++] = from;
    pairs[length++] = to;
  }
  return {
    ids: [...ids],
    size: { width: NODE_WIDTH, height: NODE_HEIGHT },
    edges: pairs.subarray(0, length),
    anchor: anchorOf(store, ids),
  };
}

/** ELK for up to ELK_MAX_NODES need nodes; above, the fast layered layout, without ELK loaded. */
function layoutWorker(nodeCount: number): Worker {
  return nodeCount <= ELK_MAX_NODES
    ? new Worker(new URL('../../../workers/elk-layout.worker.ts', import.meta.url), {
        type: 'module',
      })
    : new Worker(new URL('../../../workers/layout.worker.ts', import.meta.url), {
        type: 'module',
      });
}

/**
 * Lay out all shown need nodes, or the selected ones, in a worker: the window stays
 * responsive, progress shows phase by phase, Escape cancels (the worker is terminated), and
 * the new positions are saved in one transaction as one undo step.
 */
export function startLayout(store: AppStore, scope: LayoutRun['scope']): void {
  const state = store.getState();
  if (running || state.layoutRun) return;
  const ids = scope === 'all' ? visibleNodeIds(state) : state.selectedNodeIds;
  if (ids.length === 0) return;
  const run: LayoutRun = {
    scope,
    phase: 'preparing',
    nodeCount: ids.length,
    startedAt: Date.now(),
  };
  state.setLayoutRun(run);
  // The progress banner paints before the request is built, which for 10,000 need nodes is
  // a task of its own; Escape meanwhile cancels it.
  void afterPaint().then(() => {
    if (store.getState().layoutRun === run) runInWorker(store, run, ids);
  });
}

function runInWorker(store: AppStore, run: LayoutRun, ids: readonly string[]): void {
  const request = requestFor(store, ids);
  const worker = layoutWorker(ids.length);
  running = worker;
  worker.onmessage = (event: MessageEvent<LayoutResponse>) => {
    if (running !== worker) return;
    const response = event.data;
    if (response.type === 'phase') {
      store.getState().setLayoutRun({ ...run, phase: 'layering' });
      return;
    }
    if (response.type === 'failed') {
      finish(store);
      store.getState().pushToast('error', 'layout.failed', { message: response.message });
      return;
    }
    running = null;
    worker.terminate();
    // The worker anchored and rounded the positions; here one store update, then one
    // node.move call, each after the window painted, so it never freezes.
    store.getState().setLayoutRun({ ...run, phase: 'saving' });
    void applyPositions(store, ids, response.xy, run.scope === 'all')
      .then(afterPaint)
      .then(() => store.getState().persistPositions(ids, 'layout'))
      .then(() => {
        const seconds = ((Date.now() - run.startedAt) / 1000).toFixed(1);
        finish(store);
        store.getState().pushToast('info', 'layout.done', { count: ids.length, seconds });
      });
  };
  worker.onerror = (event) => {
    finish(store);
    store.getState().pushToast('error', 'layout.failed', { message: event.message });
  };
  worker.postMessage(request, [request.edges.buffer]);
}

/** Stop a running layout: nothing moves, nothing is saved. */
export function cancelLayout(store: AppStore): void {
  if (!store.getState().layoutRun) return;
  const saving = store.getState().layoutRun?.phase === 'saving';
  if (saving) return;
  finish(store);
  store.getState().pushToast('info', 'layout.cancelled');
}

import type { AppStore } from '../../../store/create-store.js';
import type { LayoutRun } from '../../../store/types.js';
import { boundsOf } from '../fit.js';
import { NODE_HEIGHT, NODE_WIDTH } from '../flow-model.js';
import { visibleNodeIds } from '../view-state.js';
import type { LaidOut } from './elk-layout.js';
import type { LayoutRequest, LayoutResponse } from './protocol.js';

let running: Worker | null = null;

function finish(store: AppStore): void {
  running?.terminate();
  running = null;
  store.getState().setLayoutRun(null);
}

/** Where the laid-out block goes: its top-left where the laid-out need nodes' box began. */
function anchorOf(store: AppStore, ids: readonly string[]): LayoutRequest['anchor'] {
  const { nodes } = store.getState();
  const before = boundsOf(ids.flatMap((id) => (nodes[id] ? [nodes[id]] : [])));
  return before ? { x: before.minX, y: before.minY } : null;
}

/** A macrotask after the next frame, so the window paints between two big steps. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Laid-out positions are applied this many need nodes per frame. */
const APPLY_CHUNK = 2000;

/**
 * Move the need nodes to their laid-out positions a chunk per frame: each store update and
 * what redraws after it stays short, so the window keeps answering while 10,000 nodes move.
 */
async function applyInChunks(store: AppStore, positions: readonly LaidOut[]) {
  for (let start = 0; start < positions.length; start += APPLY_CHUNK) {
    if (start > 0) await afterPaint();
    store.getState().dragNodes(positions.slice(start, start + APPLY_CHUNK));
  }
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
  const chosen = new Set(ids);
  const request: LayoutRequest = {
    nodes: ids.map((id) => ({ id, width: NODE_WIDTH, height: NODE_HEIGHT })),
    edges: Object.values(state.edges)
      .filter((edge) => chosen.has(edge.fromId) && chosen.has(edge.toId))
      .map((edge) => ({ source: edge.fromId, target: edge.toId })),
    anchor: anchorOf(store, ids),
  };
  const run: LayoutRun = {
    scope,
    phase: 'preparing',
    nodeCount: ids.length,
    startedAt: Date.now(),
  };
  state.setLayoutRun(run);
  const worker = new Worker(new URL('../../../workers/layout.worker.ts', import.meta.url), {
    type: 'module',
  });
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
    // The worker anchored and rounded the positions; here store updates a chunk per frame,
    // then one node.move call, each its own task so the window never freezes.
    store.getState().setLayoutRun({ ...run, phase: 'saving' });
    void applyInChunks(store, response.positions)
      .then(afterPaint)
      .then(() => store.getState().persistPositions(ids, 'layout'))
      .then(() => {
        const seconds = ((Date.now() - run.startedAt) / 1000).toFixed(1);
        finish(store);
        store.getState().pushToast('info', 'layout.done', { count: ids.length, seconds });
        if (scope === 'all') store.getState().request('fitView');
      });
  };
  worker.onerror = (event) => {
    finish(store);
    store.getState().pushToast('error', 'layout.failed', { message: event.message });
  };
  worker.postMessage(request);
}

/** Stop a running layout: nothing moves, nothing is saved. */
export function cancelLayout(store: AppStore): void {
  if (!store.getState().layoutRun) return;
  const saving = store.getState().layoutRun?.phase === 'saving';
  if (saving) return;
  finish(store);
  store.getState().pushToast('info', 'layout.cancelled');
}

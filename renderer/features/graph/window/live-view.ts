import type { ReactFlowState } from '@xyflow/react';

type Transform = ReactFlowState['transform'];
interface FlowStore {
  getState: () => ReactFlowState;
  subscribe: (listener: (state: ReactFlowState) => void) => () => void;
}

interface Live {
  transform: Transform | null;
  listeners: Set<() => void>;
}

/**
 * Keyed by the store's `getState`: React Flow's `useStoreApi` hands each component its own
 * object around the one store, and only the store's functions are the same in all.
 */
const lives = new WeakMap<FlowStore['getState'], Live>();

function liveOf(flow: FlowStore): Live {
  let live = lives.get(flow.getState);
  if (!live) {
    live = { transform: null, listeners: new Set() };
    lives.set(flow.getState, live);
  }
  return live;
}

/**
 * The view as the screen shows it: during a pan by mouse React Flow's store learns it only
 * when the pan ends (see usePanByMouse), so what follows the view asks here.
 */
export function viewTransform(flow: FlowStore): Transform {
  return lives.get(flow.getState)?.transform ?? flow.getState().transform;
}

/** Sets (or, with null, ends) the view a pan shows ahead of the store, telling followers. */
export function setLiveTransform(flow: FlowStore, transform: Transform | null): void {
  const live = liveOf(flow);
  live.transform = transform;
  for (const listener of live.listeners) listener();
}

/** Calls `listener` when the view moves, by the store or by a pan ahead of it. */
export function followView(flow: FlowStore, listener: () => void): () => void {
  const { listeners } = liveOf(flow);
  listeners.add(listener);
  const unsubscribe = flow.subscribe(listener);
  return () => {
    listeners.delete(listener);
    unsubscribe();
  };
}

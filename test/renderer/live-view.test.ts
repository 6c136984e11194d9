import type { ReactFlowState } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import {
  followView,
  setLiveTransform,
  viewTransform,
} from '../../renderer/features/graph/window/live-view.js';

/** A stand-in for React Flow's store, with the transform only, wrapped as useStoreApi does. */
function flowStore() {
  let state = { transform: [0, 0, 1] } as unknown as ReactFlowState;
  const listeners = new Set<(state: ReactFlowState) => void>();
  const store = {
    getState: () => state,
    setState(next: Partial<ReactFlowState>) {
      state = { ...state, ...next };
      for (const listener of listeners) listener(state);
    },
    subscribe(listener: (state: ReactFlowState) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  // Each component gets its own wrapper object around the same store functions.
  const wrap = () => ({ getState: store.getState, subscribe: store.subscribe.bind(store) });
  return { store, wrap };
}

describe('the view a pan by mouse shows ahead of React Flow', () => {
  it('is what followers read while set, in any wrapper of the store, then the store again', () => {
    const { store, wrap } = flowStore();
    const panning = wrap();
    const follower = wrap();
    let calls = 0;
    const stop = followView(follower, () => calls++);
    setLiveTransform(panning, [-40, 10, 1]);
    expect(viewTransform(follower)).toEqual([-40, 10, 1]);
    store.setState({ transform: [-40, 10, 1] });
    setLiveTransform(panning, null);
    expect(viewTransform(follower)).toEqual([-40, 10, 1]);
    expect(calls).toBe(3);
    stop();
    setLiveTransform(panning, [0, 0, 1]);
    store.setState({ transform: [5, 5, 1] });
    expect(calls).toBe(3);
    setLiveTransform(panning, null);
    expect(viewTransform(follower)).toEqual([5, 5, 1]);
  });
});

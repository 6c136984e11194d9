import { useState, useSyncExternalStore } from 'react';

interface Flag {
  get: () => boolean;
  set: () => void;
  subscribe: (listener: () => void) => () => void;
}

function createFlag(): Flag {
  let value = false;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set: () => {
      if (value) return;
      value = true;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * A flag that, once set, stays set and re-renders at once, even when set from an effect: a
 * state update from an effect waits for another task, often behind a whole frame, while an
 * external store's update is rendered before the task ends. The opening's steps (fitted,
 * drawn) then reach the screen in one frame instead of one each.
 */
export function useSyncFlag(): [boolean, () => void] {
  const [flag] = useState(createFlag);
  return [useSyncExternalStore(flag.subscribe, flag.get), flag.set];
}

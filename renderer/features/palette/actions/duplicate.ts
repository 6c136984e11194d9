import { hasNodeSelection, type Action } from '../action.js';

/** Copies land a little down and to the right, so they are seen as copies. */
export const DUPLICATE_OFFSET = { x: 40, y: 40 };

export const duplicateAction: Action = {
  id: 'duplicate',
  labelKey: 'action.duplicate',
  group: 'edit',
  shortcut: ['mod+d'],
  enabled: hasNodeSelection,
  perform: (store) => {
    const state = store.getState();
    return state.duplicateNodes(state.selectedNodeIds, DUPLICATE_OFFSET);
  },
};

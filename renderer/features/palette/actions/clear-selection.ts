import { hasSelection, type Action } from '../action.js';

export const clearSelectionAction: Action = {
  id: 'clearSelection',
  labelKey: 'action.clearSelection',
  group: 'selection',
  shortcut: ['escape'],
  enabled: (state) => hasSelection(state) && state.trace === null && state.layoutRun === null,
  perform: (store) => store.getState().select([], []),
};

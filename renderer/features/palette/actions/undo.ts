import { hasProject, type Action } from '../action.js';

export const undoAction: Action = {
  id: 'undo',
  labelKey: 'history.undo',
  group: 'edit',
  shortcut: ['mod+z'],
  enabled: (state) => hasProject(state) && state.history.undo !== null,
  perform: (store) => store.getState().undo(),
};

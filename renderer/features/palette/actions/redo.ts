import { hasProject, type Action } from '../action.js';

export const redoAction: Action = {
  id: 'redo',
  labelKey: 'history.redo',
  group: 'edit',
  shortcut: ['mod+shift+z', 'mod+y'],
  enabled: (state) => hasProject(state) && state.history.redo !== null,
  perform: (store) => store.getState().redo(),
};

import { hasProject, type Action } from '../action.js';

export const findAction: Action = {
  id: 'find',
  labelKey: 'action.find',
  group: 'find',
  shortcut: ['mod+f', '/'],
  enabled: (state) => hasProject(state) && (state.view === 'graph' || state.view === 'table'),
  perform: (store) => store.getState().request('focusSearch'),
};

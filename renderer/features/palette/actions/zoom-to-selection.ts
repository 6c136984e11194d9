import { hasNodeSelection, inGraph, type Action } from '../action.js';

export const zoomToSelectionAction: Action = {
  id: 'zoomToSelection',
  labelKey: 'action.zoomToSelection',
  group: 'view',
  shortcut: ['shift+2'],
  enabled: (state) => inGraph(state) && hasNodeSelection(state),
  perform: (store) => store.getState().request('zoomToSelection'),
};

import { type Action } from '../action.js';

export const expandAllAction: Action = {
  id: 'expandAll',
  labelKey: 'collapse.expandAll',
  group: 'find',
  shortcut: ['shift+c'],
  enabled: (state) => state.collapsedIds.length > 0,
  perform: (store) => store.getState().expandAll(),
};

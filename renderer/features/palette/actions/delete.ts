import { hasSelection, type Action } from '../action.js';

export const deleteAction: Action = {
  id: 'delete',
  labelKey: 'action.delete',
  group: 'edit',
  shortcut: ['delete', 'backspace'],
  enabled: hasSelection,
  perform: (store) => store.getState().requestDeleteSelection(),
};

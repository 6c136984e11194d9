import { type Action } from '../action.js';

export const showShortcutsAction: Action = {
  id: 'shortcuts',
  labelKey: 'shortcuts.open',
  group: 'help',
  shortcut: ['?'],
  perform: (store) => store.getState().setOverlay('shortcuts'),
};

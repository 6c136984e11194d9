import { type Action } from '../action.js';

export const openPaletteAction: Action = {
  id: 'palette',
  labelKey: 'palette.open',
  group: 'help',
  shortcut: ['mod+k', 'mod+shift+p'],
  perform: (store) => store.getState().setOverlay('palette'),
};

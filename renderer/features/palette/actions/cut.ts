import { hasNodeSelection, type Action } from '../action.js';

export const cutAction: Action = {
  id: 'cut',
  labelKey: 'action.cut',
  group: 'edit',
  shortcut: ['mod+x'],
  nativeShortcut: true,
  enabled: hasNodeSelection,
  perform: () => {
    document.execCommand('cut');
  },
};

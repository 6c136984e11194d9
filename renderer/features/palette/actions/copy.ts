import { hasNodeSelection, type Action } from '../action.js';

/** The copy event does the work (see clipboard/use-clipboard.ts); this asks the page for it. */
export const copyAction: Action = {
  id: 'copy',
  labelKey: 'action.copy',
  group: 'edit',
  shortcut: ['mod+c'],
  nativeShortcut: true,
  enabled: hasNodeSelection,
  perform: () => {
    document.execCommand('copy');
  },
};

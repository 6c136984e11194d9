import { pasteText } from '../../graph/clipboard/paste.js';
import { inGraph, type Action } from '../action.js';

/** From the palette the clipboard is read through the async API; Ctrl+V uses the paste event. */
export const pasteAction: Action = {
  id: 'paste',
  labelKey: 'action.paste',
  group: 'edit',
  shortcut: ['mod+v'],
  nativeShortcut: true,
  enabled: inGraph,
  perform: async (store) => {
    let text: string;
    try {
      text = await navigator.clipboard.readText();
    } catch {
      store.getState().pushToast('error', 'clipboard.unreadable');
      return;
    }
    await pasteText(store, text);
  },
};

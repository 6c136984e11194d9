import { useEffect } from 'react';
import type { AppStore } from '../../../store/create-store.js';
import { useAppStoreApi } from '../../../store/react.js';
import { buildPayload } from './payload.js';
import { pasteText } from './paste.js';

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement
  );
}

/** The selected need nodes and the needs edges among them, as clipboard text. */
export function copiedText(store: AppStore): string | null {
  const state = store.getState();
  const nodes = state.selectedNodeIds.flatMap((id) => {
    const node = state.nodes[id];
    return node ? [node] : [];
  });
  if (nodes.length === 0) return null;
  return JSON.stringify(buildPayload(nodes, Object.values(state.edges)));
}

/**
 * Copy, cut and paste of need nodes through the system clipboard, from the keyboard, the
 * Edit menu or the palette (all of which raise these events). Text fields keep their own.
 */
export function useClipboard(): void {
  const store = useAppStoreApi();
  useEffect(() => {
    const active = (event: Event) =>
      store.getState().view === 'graph' &&
      !store.getState().confirm &&
      !isEditable(event.target) &&
      !isEditable(document.activeElement);
    const onCopy = (event: ClipboardEvent) => {
      if (!active(event)) return;
      const text = copiedText(store);
      if (text === null || !event.clipboardData) return;
      event.clipboardData.setData('text/plain', text);
      event.preventDefault();
      if (event.type === 'cut') {
        const state = store.getState();
        void state.deleteItems(state.selectedNodeIds, state.selectedEdgeIds);
      }
    };
    const onPaste = (event: ClipboardEvent) => {
      if (!active(event)) return;
      const text = event.clipboardData?.getData('text/plain') ?? '';
      event.preventDefault();
      void pasteText(store, text);
    };
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCopy);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCopy);
      document.removeEventListener('paste', onPaste);
    };
  }, [store]);
}

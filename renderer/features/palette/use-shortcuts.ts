import { useEffect } from 'react';
import type { AppStore } from '../../store/create-store.js';
import { useAppStoreApi } from '../../store/react.js';
import type { Action } from './action.js';
import { ACTIONS } from './actions/index.js';
import { isMacPlatform, matchesShortcut, parseShortcut, type KeyLike } from './shortcut.js';

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/** Keys that still mean something inside a text field: undo/redo there is the field's own. */
const GLOBAL_IN_FIELDS = new Set(['palette', 'shortcuts']);

/** The first enabled action bound to the key, or null (the key then does what it usually does). */
export function actionForKey(
  store: AppStore,
  event: KeyLike,
  inField: boolean,
  isMac: boolean,
  actions: readonly Action[] = ACTIONS,
): Action | null {
  const state = store.getState();
  for (const action of actions) {
    if (action.nativeShortcut || !action.shortcut) continue;
    if (inField && !GLOBAL_IN_FIELDS.has(action.id)) continue;
    if (!action.shortcut.some((text) => matchesShortcut(event, parseShortcut(text), isMac))) {
      continue;
    }
    if (action.enabled && !action.enabled(state)) continue;
    return action;
  }
  return null;
}

/** Runs actions from the keyboard, everywhere in the app, unless a dialog or overlay is up. */
export function useShortcuts(): void {
  const store = useAppStoreApi();
  useEffect(() => {
    const isMac = isMacPlatform();
    const onKeyDown = (event: KeyboardEvent) => {
      const state = store.getState();
      if (event.defaultPrevented || state.confirm || state.overlay) return;
      const action = actionForKey(store, event, isEditable(event.target), isMac);
      if (!action) return;
      event.preventDefault();
      void action.perform(store, { shiftKey: event.shiftKey });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}

import { isLocale } from '../../shared/i18n/locales.js';
import type { MenuCommand } from '../../shared/ipc/events.js';
import { ApiError, isErrorCode, type ApiClient } from '../api.js';
import type { AppStore } from './create-store.js';
import type { AppState } from './types.js';

export function runMenuCommand(state: AppState, command: MenuCommand): void {
  switch (command) {
    case 'addNode':
      state.setView('graph');
      state.request('addNode');
      return;
    case 'deleteSelection':
      state.requestDeleteSelection();
      return;
    case 'fitView':
      state.setView('graph');
      state.request('fitView');
      return;
    case 'toggleInspector':
      state.toggleInspector();
      return;
  }
}

/** Main's notices (menu, project switches, language, failures) drive the store. */
export function connectEvents(store: AppStore, client: ApiClient): () => void {
  const unsubscribers = [
    client.onEvent('project-changed', (info) => {
      void store.getState().switchTo(info);
    }),
    client.onEvent('locale-changed', ({ locale }) => {
      if (isLocale(locale)) store.getState().applyLocale(locale);
    }),
    client.onEvent('menu-command', ({ command }) => runMenuCommand(store.getState(), command)),
    client.onEvent('error', ({ code, message, params }) => {
      const known = isErrorCode(code) ? code : 'E_INTERNAL';
      store.getState().reportError(new ApiError(known, message, params));
    }),
  ];
  return () => {
    for (const unsubscribe of unsubscribers) unsubscribe();
  };
}

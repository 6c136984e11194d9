import { useAppStoreApi } from '../../store/react.js';
import type { AppStore } from '../../store/create-store.js';
import { syncClient } from './client.js';
import { createSyncActions, type SyncActions } from './sync-actions.js';

const byStore = new WeakMap<AppStore, SyncActions>();

/** The sync actions for this app store, made once. */
export function useSyncActions(): SyncActions {
  const app = useAppStoreApi();
  let actions = byStore.get(app);
  if (!actions) {
    actions = createSyncActions(syncClient(), app);
    byStore.set(app, actions);
  }
  return actions;
}

import { createAppStore, type AppStore } from '../../renderer/store/create-store.js';
import { connectEvents } from '../../renderer/store/events.js';
import type { ContractHandlers } from '../../shared/ipc/contract.js';
import type { ProjectSnapshot } from '../../shared/model/index.js';
import { createFakeClient, type FakeClient } from './fake-client.js';
import { session, snapshot } from './fixtures.js';
import { columnsOfSnapshot } from './snapshot-columns.js';

export interface TestStore {
  store: AppStore;
  client: FakeClient;
  /** What the next `project.load` returns. */
  setSnapshot: (next: ProjectSnapshot) => void;
}

/** A store over a fake client that serves one project; extra handlers override the defaults. */
export async function loadedStore(handlers: Partial<ContractHandlers> = {}): Promise<TestStore> {
  let current = snapshot();
  const client = createFakeClient({
    'session.get': () => Promise.resolve(session()),
    'project.load': () => Promise.resolve(columnsOfSnapshot(structuredClone(current))),
    'history.state': () => Promise.resolve({ undo: null, redo: null }),
    ...handlers,
  });
  const store = createAppStore(client);
  connectEvents(store, client);
  await store.getState().loadSession();
  return {
    store,
    client,
    setSnapshot(next) {
      current = next;
    },
  };
}

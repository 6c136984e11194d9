import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ApiClient } from '../api.js';
import { createFindSlice } from './find-slice.js';
import { createGraphSlice } from './graph-slice.js';
import { createHistorySlice } from './history-slice.js';
import { createQualificationSlice } from './qualification-slice.js';
import { createSessionSlice } from './session-slice.js';
import type { AppState } from './types.js';
import { createUiSlice } from './ui-slice.js';

export type AppStore = StoreApi<AppState>;

/** One store from its slices; the api client is passed in so tests can give a fake. */
export function createAppStore(client: ApiClient): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createSessionSlice(client)(...a),
    ...createGraphSlice(client)(...a),
    ...createUiSlice()(...a),
    ...createHistorySlice(client)(...a),
    ...createFindSlice()(...a),
    ...createQualificationSlice(client)(...a),
  }));
}

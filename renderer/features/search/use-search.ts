import { useEffect } from 'react';
import type { NeedNode } from '../../../shared/model/index.js';
import { useAppStoreApi } from '../../store/react.js';
import type { SearchRequest, SearchResponse } from './protocol.js';
import type { SearchDoc } from './search-index.js';

const docOf = ({ id, name, code, spec, notes }: NeedNode): SearchDoc => ({
  id,
  name,
  code,
  spec,
  notes,
});

/** How long indexing may wait for an idle moment before it runs anyway. */
const INDEX_WITHIN_MS = 1500;

/**
 * Keeps the search worker's index in step with the need nodes (sending only what changed, by
 * record identity) and turns the search text into hits in the store. The worker starts, and
 * the index catches up, when the window is idle: opening a big project is not slowed by it,
 * and a search typed before then brings the index up to date before it is asked.
 */
export function useSearch(): void {
  const store = useAppStoreApi();
  useEffect(() => {
    let worker: Worker | null = null;
    let indexed: Readonly<Record<string, NeedNode>> = {};
    let seq = 0;
    let answered = 0;
    let idle: number | null = null;
    const started = (): Worker => {
      if (worker) return worker;
      const searchWorker = new Worker(new URL('../../workers/search.worker.ts', import.meta.url), {
        type: 'module',
      });
      searchWorker.onmessage = (event: MessageEvent<SearchResponse>) => {
        if (event.data.seq < answered || event.data.seq !== seq) return;
        answered = event.data.seq;
        if (store.getState().searchText.trim() !== '') {
          store.getState().setSearchHits(event.data.ids);
        }
      };
      worker = searchWorker;
      return searchWorker;
    };
    const send = (request: SearchRequest) => started().postMessage(request);
    const sync = () => {
      if (idle !== null) cancelIdleCallback(idle);
      idle = null;
      const { nodes } = store.getState();
      if (nodes === indexed) return;
      const upserts: SearchDoc[] = [];
      for (const [id, node] of Object.entries(nodes)) {
        if (indexed[id] !== node) upserts.push(docOf(node));
      }
      const removed = Object.keys(indexed).filter((id) => !Object.hasOwn(nodes, id));
      if (upserts.length > 0) send({ type: 'upsert', docs: upserts });
      if (removed.length > 0) send({ type: 'remove', ids: removed });
      indexed = nodes;
    };
    const syncWhenIdle = () => {
      if (idle === null && store.getState().nodes !== indexed) {
        idle = requestIdleCallback(sync, { timeout: INDEX_WITHIN_MS });
      }
    };
    const ask = () => {
      const text = store.getState().searchText.trim();
      if (text === '') return;
      sync();
      seq += 1;
      send({ type: 'query', seq, text });
    };
    syncWhenIdle();
    ask();
    const unsubscribe = store.subscribe((state, previous) => {
      const searching = state.searchText !== '';
      if (
        state.searchText !== previous.searchText ||
        (searching && state.nodes !== previous.nodes)
      ) {
        ask();
      } else {
        syncWhenIdle();
      }
    });
    return () => {
      unsubscribe();
      if (idle !== null) cancelIdleCallback(idle);
      worker?.terminate();
    };
  }, [store]);
}

import { useEffect, useRef } from 'react';
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

/**
 * Keeps the search worker's index in step with the need nodes (sending only what changed, by
 * record identity) and turns the search text into hits in the store.
 */
export function useSearch(): void {
  const store = useAppStoreApi();
  const worker = useRef<Worker | null>(null);
  useEffect(() => {
    const searchWorker = new Worker(new URL('../../workers/search.worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.current = searchWorker;
    const send = (request: SearchRequest) => searchWorker.postMessage(request);
    let indexed: Readonly<Record<string, NeedNode>> = {};
    let seq = 0;
    let answered = 0;
    const sync = () => {
      const { nodes } = store.getState();
      if (nodes === indexed) return false;
      const upserts: SearchDoc[] = [];
      for (const [id, node] of Object.entries(nodes)) {
        if (indexed[id] !== node) upserts.push(docOf(node));
      }
      const removed = Object.keys(indexed).filter((id) => !Object.hasOwn(nodes, id));
      if (upserts.length > 0) send({ type: 'upsert', docs: upserts });
      if (removed.length > 0) send({ type: 'remove', ids: removed });
      indexed = nodes;
      return true;
    };
    const ask = () => {
      const text = store.getState().searchText.trim();
      if (text === '') return;
      seq += 1;
      send({ type: 'query', seq, text });
    };
    searchWorker.onmessage = (event: MessageEvent<SearchResponse>) => {
      if (event.data.seq < answered || event.data.seq !== seq) return;
      answered = event.data.seq;
      if (store.getState().searchText.trim() !== '') store.getState().setSearchHits(event.data.ids);
    };
    sync();
    ask();
    const unsubscribe = store.subscribe((state, previous) => {
      const changed = sync();
      if (state.searchText !== previous.searchText || (changed && state.searchText !== '')) ask();
    });
    return () => {
      unsubscribe();
      searchWorker.terminate();
      worker.current = null;
    };
  }, [store]);
}

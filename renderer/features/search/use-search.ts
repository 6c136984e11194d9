import { useEffect, useRef } from 'react';
import { useAppStoreApi } from '../../store/react.js';
import type { SearchRequest, SearchResponse } from './protocol.js';
import { createSearchFeed } from './search-feed.js';

/**
 * Keeps the search worker's index in step with the need nodes and turns the search text into
 * hits in the store. The worker starts with the first message it is sent: when the window is
 * first idle after the view has `shown` the project, or when a search is typed before then.
 * Starting it earlier, its code compiled in the same moments as the view's first drawing.
 */
export function useSearch(shown: boolean): void {
  const store = useAppStoreApi();
  const wasShown = useRef(shown);
  const catchUpWhenIdle = useRef<() => void>(() => undefined);
  useEffect(() => {
    if (!shown || wasShown.current) return;
    wasShown.current = true;
    catchUpWhenIdle.current();
  }, [shown]);
  useEffect(() => {
    let worker: Worker | null = null;
    let seq = 0;
    let answered = 0;
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
    const feed = createSearchFeed(() => store.getState().nodes, send);
    catchUpWhenIdle.current = () => {
      if (wasShown.current) feed.catchUpWhenIdle();
    };
    const ask = () => {
      const text = store.getState().searchText.trim();
      if (text === '') return;
      feed.catchUpNow();
      seq += 1;
      send({ type: 'query', seq, text });
    };
    catchUpWhenIdle.current();
    ask();
    const unsubscribe = store.subscribe((state, previous) => {
      const searching = state.searchText !== '';
      if (
        state.searchText !== previous.searchText ||
        (searching && state.nodes !== previous.nodes)
      ) {
        ask();
      } else {
        catchUpWhenIdle.current();
      }
    });
    return () => {
      catchUpWhenIdle.current = () => undefined;
      unsubscribe();
      feed.stop();
      worker?.terminate();
    };
  }, [store]);
}

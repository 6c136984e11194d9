/// <reference lib="webworker" />
import type { SearchRequest, SearchResponse } from '../features/search/protocol.js';
import { SearchIndex } from '../features/search/search-index.js';

// The search index lives here, off the main thread: computing pinyin for 20,000 names takes
// longer than a frame, and queries scan every need node.
let index = new SearchIndex();

self.onmessage = (event: MessageEvent<SearchRequest>) => {
  const request = event.data;
  switch (request.type) {
    case 'upsert':
      index.upsert(request.docs);
      return;
    case 'remove':
      index.remove(request.ids);
      return;
    case 'clear':
      index = new SearchIndex();
      return;
    case 'query': {
      const response: SearchResponse = {
        type: 'hits',
        seq: request.seq,
        ids: index.query(request.text),
      };
      self.postMessage(response);
      return;
    }
  }
};

import type { SearchDoc } from './search-index.js';

/** Messages to the search worker. */
export type SearchRequest =
  | { type: 'upsert'; docs: SearchDoc[] }
  | { type: 'remove'; ids: string[] }
  | { type: 'clear' }
  | { type: 'query'; seq: number; text: string };

/** Its answers: the hits of query `seq` (older answers are ignored). */
export interface SearchResponse {
  type: 'hits';
  seq: number;
  ids: string[];
}

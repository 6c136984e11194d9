/**
 * Ids (need nodes, supply links) to their dense indices. V8 keeps a Map of more than a few
 * thousand entries as a large object, and filling one costs several times what the same
 * entries cost spread over small maps (20k need nodes: about 8 ms against 1.5 ms). So the ids
 * go to one of a few small maps by a cheap hash of their ends; a poor spread of some id
 * scheme only makes it as slow as a single map.
 */
export interface IdIndex {
  get(id: string): number | undefined;
  has(id: string): boolean;
}

/** Entries per small map, well below the size at which V8 makes the map a large object. */
const PER_MAP = 1024;

export function buildIdIndex(ids: readonly { id: string }[]): IdIndex {
  let shards = 1;
  while (shards * PER_MAP < ids.length) shards *= 2;
  const mask = shards - 1;
  const maps: Map<string, number>[] = [];
  for (let s = 0; s < shards; s++) maps.push(new Map());
  const shardOf = (id: string): Map<string, number> => {
    const end = id.length - 1;
    const hash = id.charCodeAt(end) * 31 + id.charCodeAt(end - 1) * 7 + id.charCodeAt(end >> 1);
    return maps[(hash | 0) & mask] as Map<string, number>;
  };
  for (let i = 0; i < ids.length; i++) {
    // A repeated id keeps its last index, as Map.set would.
    const { id } = ids[i] as { id: string };
    shardOf(id).set(id, i);
  }
  return {
    get: (id) => shardOf(id).get(id),
    has: (id) => shardOf(id).has(id),
  };
}

/**
 * Merging fresh data from the services into the store while keeping the identity of every
 * entity that did not change, so components and React Flow skip the nodes that stayed put.
 */

/** Equal own enumerable fields compared with Object.is: entities here are flat records. */
export function shallowEqual(a: object, b: object): boolean {
  if (a === b) return true;
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  const aRecord = a as Record<string, unknown>;
  const bRecord = b as Record<string, unknown>;
  return aKeys.every((key) => Object.hasOwn(b, key) && Object.is(aRecord[key], bRecord[key]));
}

export function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

export interface Reconciled<T> {
  byId: Readonly<Record<string, T>>;
  ids: readonly string[];
}

/** The entities as a record by id; unchanged ones (and the record itself, if all are) kept. */
export function reconcileEntities<T extends { id: string }>(
  prev: Reconciled<T>,
  next: readonly T[],
): Reconciled<T> {
  const byId: Record<string, T> = {};
  if (prev.ids.length === 0 && next.length > 0) {
    // Opening a project: nothing to keep, so no lookups or comparisons per entity.
    for (const entity of next) byId[entity.id] = entity;
    return { byId, ids: next.map((entity) => entity.id) };
  }
  let reusedAll = next.length === prev.ids.length;
  for (const entity of next) {
    const old = prev.byId[entity.id];
    if (old !== undefined && shallowEqual(old, entity)) {
      byId[entity.id] = old;
    } else {
      byId[entity.id] = entity;
      reusedAll = false;
    }
  }
  const ids = next.map((entity) => entity.id);
  return {
    byId: reusedAll ? prev.byId : byId,
    ids: sameIds(prev.ids, ids) ? prev.ids : ids,
  };
}

/** Replace or add one entity; the same record back when nothing changed. */
export function upsertEntity<T extends { id: string }>(
  record: Readonly<Record<string, T>>,
  entity: T,
): Readonly<Record<string, T>> {
  const old = record[entity.id];
  return old !== undefined && shallowEqual(old, entity)
    ? record
    : { ...record, [entity.id]: entity };
}

export function omitIds<T>(
  record: Readonly<Record<string, T>>,
  ids: readonly string[],
): Readonly<Record<string, T>> {
  if (!ids.some((id) => Object.hasOwn(record, id))) return record;
  const next = { ...record };
  for (const id of ids) delete next[id];
  return next;
}

function isEmpty(record: object): boolean {
  for (const key in record) if (Object.hasOwn(record, key)) return false;
  return true;
}

/** Supply link ids per need node; a node's list keeps its identity when its links did not change. */
export function indexLinksByNode(
  prev: Readonly<Record<string, readonly string[]>>,
  links: Iterable<{ id: string; nodeId: string }>,
): Readonly<Record<string, readonly string[]>> {
  const fresh: Record<string, string[]> = {};
  for (const link of links) (fresh[link.nodeId] ??= []).push(link.id);
  if (isEmpty(prev) && !isEmpty(fresh)) return fresh;
  const index: Record<string, readonly string[]> = {};
  let reusedAll = Object.keys(prev).length === Object.keys(fresh).length;
  for (const [nodeId, ids] of Object.entries(fresh)) {
    const old = prev[nodeId];
    if (old !== undefined && sameIds(old, ids)) {
      index[nodeId] = old;
    } else {
      index[nodeId] = ids;
      reusedAll = false;
    }
  }
  return reusedAll ? prev : index;
}

import type { NeedNode } from '../../../shared/model/index.js';
import type { SearchRequest } from './protocol.js';
import type { SearchDoc } from './search-index.js';

/** Need nodes per message: a message is cloned on the main thread, so none blocks a frame. */
const CHUNK = 1000;
/** How long catching up may wait for an idle moment before it runs anyway. */
const WITHIN_MS = 1500;

const docOf = ({ id, name, code, spec, notes }: NeedNode): SearchDoc => ({
  id,
  name,
  code,
  spec,
  notes,
});

/** Whether the index already holds what it searches of `node` (a move changes none of it). */
const indexedAsIs = (before: NeedNode | undefined, node: NeedNode): boolean =>
  before !== undefined &&
  (before === node ||
    (before.name === node.name &&
      before.code === node.code &&
      before.spec === node.spec &&
      before.notes === node.notes));

export interface SearchFeed {
  /** Bring the index up to date a chunk per idle moment (opening a project is not slowed). */
  catchUpWhenIdle(): void;
  /** Bring it up to date at once: before a query, so the query sees every need node. */
  catchUpNow(): void;
  stop(): void;
}

/**
 * What the search worker's index lacks (new need nodes, changed texts), queued in order
 * (upserts, then removals) and sent when the window is idle or when a query needs it.
 */
export function createSearchFeed(
  current: () => Readonly<Record<string, NeedNode>>,
  send: (request: SearchRequest) => void,
): SearchFeed {
  let indexed: Readonly<Record<string, NeedNode>> = {};
  const queue: SearchRequest[] = [];
  let idle: number | null = null;

  const enqueueChanges = () => {
    const nodes = current();
    if (nodes === indexed) return;
    let docs: SearchDoc[] = [];
    for (const [id, node] of Object.entries(nodes)) {
      if (indexedAsIs(indexed[id], node)) continue;
      docs.push(docOf(node));
      if (docs.length === CHUNK) {
        queue.push({ type: 'upsert', docs });
        docs = [];
      }
    }
    if (docs.length > 0) queue.push({ type: 'upsert', docs });
    const removed = Object.keys(indexed).filter((id) => !Object.hasOwn(nodes, id));
    if (removed.length > 0) queue.push({ type: 'remove', ids: removed });
    indexed = nodes;
  };
  const cancel = () => {
    if (idle !== null) cancelIdleCallback(idle);
    idle = null;
  };
  const schedule = () => {
    idle ??= requestIdleCallback(onIdle, { timeout: WITHIN_MS });
  };
  function onIdle(deadline: IdleDeadline) {
    idle = null;
    enqueueChanges();
    // One chunk at least, more while the idle moment lasts.
    for (let next = queue.shift(); next; next = queue.shift()) {
      send(next);
      if (deadline.timeRemaining() < 1) break;
    }
    if (queue.length > 0) schedule();
  }

  return {
    catchUpWhenIdle() {
      if (queue.length > 0 || current() !== indexed) schedule();
    },
    catchUpNow() {
      cancel();
      enqueueChanges();
      for (let next = queue.shift(); next; next = queue.shift()) send(next);
    },
    stop: cancel,
  };
}

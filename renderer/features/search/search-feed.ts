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

  /** A scan for what the index lacks, carried on over idle moments; null when none runs. */
  let scan: { nodes: Readonly<Record<string, NeedNode>>; ids: string[]; at: number } | null = null;

  /**
   * Scan on from where the last idle moment stopped: a chunk at least, more while `more()`.
   * Scanning 20,000 need nodes in one go took tens of milliseconds, which a frame cannot spare.
   */
  const scanChanges = (more: () => boolean) => {
    const nodes = current();
    if (nodes === indexed) {
      scan = null;
      return;
    }
    if (scan?.nodes !== nodes) scan = { nodes, ids: Object.keys(nodes), at: 0 };
    const { ids } = scan;
    let docs: SearchDoc[] = [];
    while (scan.at < ids.length) {
      const id = ids[scan.at++] as string;
      const node = nodes[id];
      if (node && !indexedAsIs(indexed[id], node)) docs.push(docOf(node));
      if (docs.length === CHUNK) {
        queue.push({ type: 'upsert', docs });
        docs = [];
      }
      if (scan.at % CHUNK === 0 && !more()) break;
    }
    if (docs.length > 0) queue.push({ type: 'upsert', docs });
    if (scan.at < ids.length) return;
    const removed = Object.keys(indexed).filter((id) => !Object.hasOwn(nodes, id));
    if (removed.length > 0) queue.push({ type: 'remove', ids: removed });
    indexed = nodes;
    scan = null;
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
    scanChanges(() => deadline.timeRemaining() >= 1);
    // One chunk at least, more while the idle moment lasts.
    for (let next = queue.shift(); next; next = queue.shift()) {
      send(next);
      if (deadline.timeRemaining() < 1) break;
    }
    if (queue.length > 0 || scan !== null) schedule();
  }

  return {
    catchUpWhenIdle() {
      if (queue.length > 0 || current() !== indexed) schedule();
    },
    catchUpNow() {
      cancel();
      scanChanges(() => true);
      for (let next = queue.shift(); next; next = queue.shift()) send(next);
    },
    stop: cancel,
  };
}

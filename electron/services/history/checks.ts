import { findAnyCycle } from '../../../shared/graph/find-cycle.js';
import { LongmaiError } from '../../../shared/ipc/errors.js';
import type { ProjectStore } from '../store/index.js';

const pairKey = (fromId: string, toId: string): string => `${fromId}\u0000${toId}`;

/**
 * After an undo or redo brought needs edges or supply links back, the graph must still obey the
 * editing rules: what they hang on exists, no edge repeats, no cycle. Throwing rolls the step back.
 */
export function checkRestored(
  store: ProjectStore,
  edgeIds: readonly string[],
  linkIds: readonly string[],
): void {
  const name = (id: string): string => store.node(id)?.name ?? id;
  for (const id of linkIds) {
    const link = store.link(id);
    if (link && (!store.node(link.nodeId) || !store.party(link.partyId))) {
      throw new LongmaiError(
        'E_UNDO_STALE',
        `the need node or party of supply link ${id} is gone`,
        {
          name: name(link.nodeId),
        },
      );
    }
  }
  if (edgeIds.length === 0) return;
  const pairs = store.edgePairs();
  const counts = new Map<string, number>();
  for (const pair of pairs) {
    const key = pairKey(pair.fromId, pair.toId);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const id of edgeIds) {
    const edge = store.edge(id);
    if (!edge) continue;
    if (!store.node(edge.fromId) || !store.node(edge.toId)) {
      throw new LongmaiError('E_UNDO_STALE', `a need node of needs edge ${id} is gone`, {
        name: name(edge.fromId),
      });
    }
    if ((counts.get(pairKey(edge.fromId, edge.toId)) ?? 0) > 1) {
      throw new LongmaiError(
        'E_DUPLICATE_EDGE',
        `${name(edge.fromId)} already needs ${name(edge.toId)}`,
        { from: name(edge.fromId), to: name(edge.toId) },
      );
    }
  }
  const cycleIds = findAnyCycle(pairs);
  if (cycleIds) {
    const cycle = cycleIds.map(name);
    throw new LongmaiError('E_CYCLE', `this would close a cycle: ${cycle.join(' → ')}`, { cycle });
  }
}

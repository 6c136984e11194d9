import type { Op } from './ops.js';
import { resolveRegister } from './register.js';

/**
 * The tombstone register (SYNC.md "nothing lost"). A delete is an explicit `deleted: true` op
 * whose `prev` lists the heads of every field of the entity that its author saw. A head of
 * any other field that the winning delete did not see was made after or concurrently with
 * it, so it keeps the entity alive; the entity then shows as a conflict until someone
 * deletes it again (seeing that edit) or keeps it.
 */
export interface TombstoneState {
  /** The winning `deleted` head says true. */
  deleted: boolean;
  /** Heads of other fields the winning delete did not see: they keep the entity alive. */
  unseen: Op[];
  /** The `deleted` register's heads. */
  deleteHeads: Op[];
}

export function tombstoneState(heads: readonly Op[]): TombstoneState {
  const deleteHeads = heads.filter((op) => op.field === 'deleted');
  const register = resolveRegister(deleteHeads);
  if (!register || register.winner.value !== true) {
    return { deleted: false, unseen: [], deleteHeads };
  }
  const seen = new Set(register.winner.prev);
  const unseen = heads.filter((op) => op.field !== 'deleted' && !seen.has(op.opId));
  return { deleted: true, unseen, deleteHeads: register.heads };
}

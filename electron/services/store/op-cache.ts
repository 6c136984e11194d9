import type { Op } from '../../../shared/sync/ops.js';

/** Enough for the ops of the largest paste (and its undo) with room to spare. */
const MAX_CACHED_OPS = 100_000;

/**
 * Ops by id, kept by one open file so its heads need not be joined to their rows again. Ops
 * are immutable, so an entry can never go stale; past the cap it starts over rather than
 * tracking age, which keeps every add constant time.
 */
export class OpCache {
  private readonly ops = new Map<string, Op>();

  get(opId: string): Op | undefined {
    return this.ops.get(opId);
  }

  add(op: Op): void {
    if (this.ops.size >= MAX_CACHED_OPS) this.ops.clear();
    this.ops.set(op.opId, op);
  }
}

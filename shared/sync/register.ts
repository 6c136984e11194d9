import type { Op } from './ops.js';

/**
 * Multi-value register over the ops of one field: the heads are the ops no other op lists in
 * `prev`; the visible value is the head with the highest clock (ties broken by op id, so every
 * replica picks the same one); more than one head is a conflict.
 */
export interface RegisterState {
  heads: Op[];
  winner: Op;
  conflicted: boolean;
}

export function compareOps(a: Op, b: Op): number {
  if (a.hlc !== b.hlc) return a.hlc < b.hlc ? -1 : 1;
  if (a.opId !== b.opId) return a.opId < b.opId ? -1 : 1;
  return 0;
}

export function resolveRegister(ops: readonly Op[]): RegisterState | null {
  if (ops.length === 0) return null;
  const superseded = new Set<string>();
  for (const op of ops) for (const p of op.prev) superseded.add(p);
  const heads = ops.filter((op) => !superseded.has(op.opId)).sort(compareOps);
  // Every op listing another as prev cannot leave zero heads unless ops form a cycle, which
  // honest clocks forbid; fall back to the highest op so the view is still defined.
  const ordered = heads.length > 0 ? heads : [...ops].sort(compareOps);
  const winner = ordered[ordered.length - 1];
  if (!winner) return null;
  return { heads: ordered, winner, conflicted: ordered.length > 1 };
}

import type { NeedKind } from '../../model/kinds.js';
import type { IndexedProject } from './indexed.js';
import type { QualifiedSuppliers } from './qualified.js';
import type { Condensation } from './scc.js';

const KIND_ORDER: readonly NeedKind[] = [
  'material',
  'component',
  'process',
  'tech_foundation',
  'subsystem',
  'system',
];

/**
 * A need node's hidden shared dependency. A needs edge says what the need node itself needs,
 * whoever makes it, so every supplier of N relies on every node upstream of N. N's second
 * source is then no real redundancy when some node M upstream of N (reachable along needs
 * edges, M ≠ N) rests on a single qualified party: losing that party, or M, hits all of N's
 * suppliers at once. This finds, for every node, one such M (or -1), preferring key items,
 * then materials, components, processes, then the most needed: the one a reason names.
 */
export function singleSourcedUpstream(
  project: IndexedProject,
  condensation: Condensation,
  qualified: QualifiedSuppliers,
): Int32Array {
  const rank = preferenceRank(project, qualified);
  const better = (a: number, b: number): number =>
    a < 0 ? b : b < 0 ? a : (rank[a] as number) <= (rank[b] as number) ? a : b;
  const { count: componentCount, members, successors, componentOf } = condensation;
  /** Best single-sourced node in each component or upstream of it. */
  const inclusive = new Int32Array(componentCount).fill(-1);
  /** Best single-sourced node strictly upstream of the component's nodes. */
  const strict = new Int32Array(componentCount).fill(-1);
  for (let c = 0; c < componentCount; c++) {
    let best = -1;
    for (let s = successors.start[c] as number; s < (successors.start[c + 1] as number); s++) {
      best = better(best, inclusive[successors.targets[s] as number] as number);
    }
    let ownBest = -1;
    const first = members.start[c] as number;
    const end = members.start[c + 1] as number;
    for (let m = first; m < end; m++) {
      const v = members.targets[m] as number;
      if (qualified.count[v] === 1) ownBest = better(ownBest, v);
    }
    // Inside a cycle every member is upstream of every other one.
    strict[c] = end - first > 1 ? better(best, ownBest) : best;
    inclusive[c] = better(best, ownBest);
  }
  const upstreamOf = new Int32Array(componentOf.length);
  for (let i = 0; i < componentOf.length; i++)
    upstreamOf[i] = strict[componentOf[i] as number] as number;
  return upstreamOf;
}

/**
 * Key items first, then by kind, then the most needed: one number per node, lower first.
 * Only single-sourced nodes are ever compared, so only theirs are filled in.
 */
function preferenceRank(
  { nodes, dependents }: IndexedProject,
  qualified: QualifiedSuppliers,
): Float64Array {
  const count = nodes.length;
  const rank = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const node = nodes[i];
    if (qualified.count[i] !== 1 || !node) continue;
    const group = (node.keyItem ? 0 : KIND_ORDER.length) + KIND_ORDER.indexOf(node.kind);
    rank[i] = (group * (count + 1) + count - (dependents[i] as number)) * count + i;
  }
  return rank;
}

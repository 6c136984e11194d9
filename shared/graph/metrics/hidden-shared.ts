import type { NeedKind } from '../../model/kinds.js';
import { neighbours, type IndexedProject } from './indexed.js';
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
 * then materials, components, processes, then name: the one a reason should name.
 */
export function singleSourcedUpstream(
  project: IndexedProject,
  condensation: Condensation,
  qualified: QualifiedSuppliers,
): Int32Array {
  const { nodes } = project;
  const rank = preferenceRank(project);
  const better = (a: number, b: number): number =>
    a < 0 ? b : b < 0 ? a : (rank[a] as number) <= (rank[b] as number) ? a : b;
  const { count: componentCount, members, successors, componentOf } = condensation;
  /** Best single-sourced node in each component or upstream of it. */
  const inclusive = new Int32Array(componentCount).fill(-1);
  /** Best single-sourced node strictly upstream of the component's nodes. */
  const strict = new Int32Array(componentCount).fill(-1);
  for (let c = 0; c < componentCount; c++) {
    const own = neighbours(members, c);
    let best = -1;
    for (const d of neighbours(successors, c)) best = better(best, inclusive[d] as number);
    let ownBest = -1;
    for (const v of own) if (qualified.count[v] === 1) ownBest = better(ownBest, v);
    // Inside a cycle every member is upstream of every other one.
    strict[c] = own.length > 1 ? better(best, ownBest) : best;
    inclusive[c] = better(best, ownBest);
  }
  return Int32Array.from(nodes, (_node, i) => strict[componentOf[i] as number] as number);
}

/** Code-point order: stable on every machine, and far cheaper than locale collation. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function preferenceRank(project: IndexedProject): Int32Array {
  const { nodes } = project;
  const order = nodes.map((_node, i) => i);
  order.sort((a, b) => {
    const x = nodes[a];
    const y = nodes[b];
    if (!x || !y) return 0;
    return (
      Number(y.keyItem) - Number(x.keyItem) ||
      KIND_ORDER.indexOf(x.kind) - KIND_ORDER.indexOf(y.kind) ||
      compareText(x.name, y.name) ||
      compareText(x.id, y.id)
    );
  });
  const rank = new Int32Array(nodes.length);
  order.forEach((node, position) => (rank[node] = position));
  return rank;
}

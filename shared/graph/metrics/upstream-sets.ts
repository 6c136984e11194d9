import type { IndexedProject } from './indexed.js';
import { condense, type Condensation } from './scc.js';

/**
 * For every need node, the set of chosen nodes upstream of it (reachable along needs edges,
 * itself included), as bitsets over the chosen nodes. Built in one pass over the components,
 * upstream side first, so the cost is one OR per component edge instead of one BFS per node.
 */
export interface UpstreamSets {
  condensation: Condensation;
  /** Bit index of each node in the sets, or -1 when it is not one of the chosen nodes. */
  bitOf: Int32Array;
  words: number;
  /** Component c's set: words [c * words, (c + 1) * words). */
  bits: Uint32Array;
}

export function buildUpstreamSets(
  project: IndexedProject,
  chosen: (index: number) => boolean,
  condensation: Condensation = condense(project.nodes.length, project.upstream),
): UpstreamSets {
  const count = project.nodes.length;
  const bitOf = new Int32Array(count).fill(-1);
  let size = 0;
  for (let i = 0; i < count; i++) if (chosen(i)) bitOf[i] = size++;
  const words = (size + 31) >>> 5;
  const bits = new Uint32Array(condensation.count * words);
  if (words === 0) return { condensation, bitOf, words, bits };
  const { members, successors } = condensation;
  for (let c = 0; c < condensation.count; c++) {
    const base = c * words;
    for (let m = members.start[c] as number; m < (members.start[c + 1] as number); m++) {
      const bit = bitOf[members.targets[m] as number] as number;
      if (bit >= 0) bits[base + (bit >>> 5)] = (bits[base + (bit >>> 5)] as number) | (1 << bit);
    }
    for (let s = successors.start[c] as number; s < (successors.start[c + 1] as number); s++) {
      const from = (successors.targets[s] as number) * words;
      for (let w = 0; w < words; w++) {
        bits[base + w] = (bits[base + w] as number) | (bits[from + w] as number);
      }
    }
  }
  return { condensation, bitOf, words, bits };
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** A mask over the chosen nodes: bit set where `test(node index)` holds. */
export function maskOf(sets: UpstreamSets, test: (index: number) => boolean): Uint32Array {
  const mask = new Uint32Array(sets.words);
  sets.bitOf.forEach((bit, i) => {
    if (bit >= 0 && test(i)) mask[bit >>> 5] = (mask[bit >>> 5] as number) | (1 << bit);
  });
  return mask;
}

/** How many chosen nodes upstream of node `index` are in `mask`. */
export function countUpstream(sets: UpstreamSets, index: number, mask: Uint32Array): number {
  const base = (sets.condensation.componentOf[index] as number) * sets.words;
  let total = 0;
  for (let w = 0; w < sets.words; w++) {
    total += popcount((sets.bits[base + w] as number) & (mask[w] as number));
  }
  return total;
}

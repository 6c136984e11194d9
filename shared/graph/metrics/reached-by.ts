import type { IndexedProject } from './indexed.js';
import { condense, type Condensation } from './scc.js';

/**
 * For every need node, which roll-up targets (systems, subsystems) it is upstream of, as
 * bitsets over the targets. Targets are few (a product and its subsystems), so the sets are
 * a few words wide: one pass over the components from the top down ORs each into what it
 * needs. A target counts as reaching itself.
 */
export interface ReachedBy {
  condensation: Condensation;
  /** Node index of each target, by bit. */
  targets: Int32Array;
  words: number;
  /** Component c's set: words [c * words, (c + 1) * words). */
  bits: Uint32Array;
}

export function buildReachedBy(
  project: IndexedProject,
  isTarget: (index: number) => boolean,
  condensation: Condensation = condense(project.nodes.length, project.upstream),
): ReachedBy {
  const count = project.nodes.length;
  const targetList: number[] = [];
  for (let i = 0; i < count; i++) if (isTarget(i)) targetList.push(i);
  const targets = Int32Array.from(targetList);
  const words = (targets.length + 31) >>> 5;
  const bits = new Uint32Array(condensation.count * words);
  const { componentOf, successors } = condensation;
  targets.forEach((node, bit) => {
    const at = (componentOf[node] as number) * words + (bit >>> 5);
    bits[at] = (bits[at] as number) | (1 << bit);
  });
  // Components are numbered upstream side first, so walking down from the last one sees every
  // component before anything it needs.
  for (let c = condensation.count - 1; c >= 0; c--) {
    const base = c * words;
    for (let s = successors.start[c] as number; s < (successors.start[c + 1] as number); s++) {
      const to = (successors.targets[s] as number) * words;
      for (let w = 0; w < words; w++)
        bits[to + w] = (bits[to + w] as number) | (bits[base + w] as number);
    }
  }
  return { condensation, targets, words, bits };
}

/** Call `visit(bit)` for every target that node `index` is upstream of. */
export function forEachTargetReaching(
  reached: ReachedBy,
  index: number,
  visit: (bit: number) => void,
): void {
  const base = (reached.condensation.componentOf[index] as number) * reached.words;
  for (let w = 0; w < reached.words; w++) {
    let word = reached.bits[base + w] as number;
    while (word !== 0) {
      const low = word & -word;
      visit(w * 32 + 31 - Math.clz32(low));
      word ^= low;
    }
  }
}

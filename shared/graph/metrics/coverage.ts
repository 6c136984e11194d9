import type { NeedKind } from '../../model/kinds.js';
import type { IndexedProject } from './indexed.js';

/** Which metric a need node counts in: none, self-sufficiency, or process adoption. */
export const NOT_COUNTED = 0;
export const SELF_SUFFICIENCY = 1;
export const PROCESS_ADOPTION = 2;

/** Kinds whose key items the self-sufficiency rate counts. */
export const SELF_SUFFICIENCY_KINDS: readonly NeedKind[] = ['component', 'material'];
/** Kinds whose key items the process adoption rate counts. */
export const PROCESS_ADOPTION_KINDS: readonly NeedKind[] = ['process'];

/**
 * Per need node: the metric it counts in and whether it meets that metric's condition.
 * - self-sufficiency: a key component or material with at least one domestic supply link at
 *   batch supply or later;
 * - process adoption: a key process with at least one supply link (any country) at batch
 *   supply or later.
 */
export interface Coverage {
  category: Uint8Array;
  covered: Uint8Array;
}

export function categoryOf(kind: NeedKind, keyItem: boolean): number {
  if (!keyItem) return NOT_COUNTED;
  if (SELF_SUFFICIENCY_KINDS.includes(kind)) return SELF_SUFFICIENCY;
  if (PROCESS_ADOPTION_KINDS.includes(kind)) return PROCESS_ADOPTION;
  return NOT_COUNTED;
}

/** `linkLost[l]` = 1 leaves link l out, as the what-if does for a lost party or node. */
export function computeCoverage(project: IndexedProject, linkLost?: Uint8Array): Coverage {
  const { nodes, links, linksOf, domestic } = project;
  const batch = project.input.batchStage;
  const category = new Uint8Array(nodes.length);
  const covered = new Uint8Array(nodes.length);
  nodes.forEach((node, i) => {
    const kind = categoryOf(node.kind, node.keyItem);
    category[i] = kind;
    if (kind === NOT_COUNTED) return;
    for (let k = linksOf.start[i] as number; k < (linksOf.start[i + 1] as number); k++) {
      const l = linksOf.targets[k] as number;
      if (linkLost?.[l]) continue;
      const link = links[l];
      if (!link || link.stage < batch) continue;
      if (kind === PROCESS_ADOPTION || domestic[l]) {
        covered[i] = 1;
        break;
      }
    }
  });
  return { category, covered };
}

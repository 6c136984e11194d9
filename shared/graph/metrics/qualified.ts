import type { IndexedProject } from './indexed.js';

/**
 * Per need node, its qualified suppliers: the distinct parties with a supply link at batch
 * supply or later (the same threshold as the metrics). Links marked in `linkLost` are left out.
 */
export interface QualifiedSuppliers {
  count: Int32Array;
  /** Party ids per node, in link order; empty when there are none. */
  parties: readonly (readonly string[])[];
}

const NONE: readonly string[] = [];

export function qualifiedSuppliers(
  project: IndexedProject,
  linkLost?: Uint8Array,
): QualifiedSuppliers {
  const { nodes, links, linksOf } = project;
  const batch = project.input.batchStage;
  const count = new Int32Array(nodes.length);
  const parties: (readonly string[])[] = new Array<readonly string[]>(nodes.length).fill(NONE);
  for (let i = 0; i < nodes.length; i++) {
    let ids: string[] | null = null;
    for (let k = linksOf.start[i] as number; k < (linksOf.start[i + 1] as number); k++) {
      const l = linksOf.targets[k] as number;
      const link = links[l];
      if (!link || linkLost?.[l] || link.stage < batch) continue;
      if (!ids) ids = [link.partyId];
      else if (!ids.includes(link.partyId)) ids.push(link.partyId);
    }
    if (ids) {
      count[i] = ids.length;
      parties[i] = ids;
    }
  }
  return { count, parties };
}

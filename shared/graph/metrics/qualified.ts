import { neighbours, type IndexedProject } from './indexed.js';

/**
 * Per need node, its qualified suppliers: the distinct parties with a supply link at batch
 * supply or later (the same threshold as the metrics). Links marked in `linkLost` are left out.
 */
export interface QualifiedSuppliers {
  count: Int32Array;
  /** Party ids per node, in link order; empty when there are none. */
  parties: readonly (readonly string[])[];
}

export function qualifiedSuppliers(
  project: IndexedProject,
  linkLost?: Uint8Array,
): QualifiedSuppliers {
  const { nodes, links, linksOf } = project;
  const batch = project.input.batchStage;
  const count = new Int32Array(nodes.length);
  const parties: string[][] = [];
  for (let i = 0; i < nodes.length; i++) {
    const ids: string[] = [];
    for (const l of neighbours(linksOf, i)) {
      const link = links[l];
      if (!link || linkLost?.[l] || link.stage < batch || ids.includes(link.partyId)) continue;
      ids.push(link.partyId);
    }
    count[i] = ids.length;
    parties.push(ids);
  }
  return { count, parties };
}

import type { NeedKind } from '../../model/kinds.js';
import { NOT_COUNTED, PROCESS_ADOPTION, type Coverage } from './coverage.js';
import type { IndexedProject } from './indexed.js';
import { rate, type Rate } from './rate.js';
import { forEachTargetReaching, type ReachedBy } from './reached-by.js';

/** Both rates over everything upstream of one product/system or subsystem. */
export interface RollUp {
  nodeId: string;
  name: string;
  kind: NeedKind;
  selfSufficiency: Rate;
  processAdoption: Rate;
}

/** Need node kinds that get a roll-up: products/systems and their subsystems. */
export const ROLL_UP_KINDS: readonly NeedKind[] = ['system', 'subsystem'];

export interface ProjectRates {
  selfSufficiency: Rate;
  processAdoption: Rate;
}

export function projectRates({ category, covered }: Coverage): ProjectRates {
  const counts = [0, 0, 0, 0, 0, 0];
  category.forEach((kind, i) => {
    counts[kind * 2] = (counts[kind * 2] ?? 0) + 1;
    counts[kind * 2 + 1] = (counts[kind * 2 + 1] ?? 0) + (covered[i] ?? 0);
  });
  const [, , ssAll = 0, ssCovered = 0, paAll = 0, paCovered = 0] = counts;
  return { selfSufficiency: rate(ssCovered, ssAll), processAdoption: rate(paCovered, paAll) };
}

/**
 * Roll-ups for every system and subsystem, in input order: each counted need node adds itself
 * to every target it is upstream of. `reached` must be built over the ROLL_UP_KINDS nodes.
 */
export function rollUps(project: IndexedProject, reached: ReachedBy, coverage: Coverage): RollUp[] {
  const { category, covered } = coverage;
  // Per target: self-sufficiency all, covered; process adoption all, covered.
  const tally = new Int32Array(reached.targets.length * 4);
  // One visitor for all nodes (not a closure per node): `at` and `hit` describe the current one.
  let at = 0;
  let hit = 0;
  const add = (bit: number) => {
    tally[bit * 4 + at] = (tally[bit * 4 + at] as number) + 1;
    tally[bit * 4 + at + 1] = (tally[bit * 4 + at + 1] as number) + hit;
  };
  for (let i = 0; i < category.length; i++) {
    const kind = category[i] as number;
    if (kind === NOT_COUNTED) continue;
    at = kind === PROCESS_ADOPTION ? 2 : 0;
    hit = covered[i] as number;
    forEachTargetReaching(reached, i, add);
  }
  return Array.from(reached.targets, (index, bit) => {
    const node = project.nodes[index];
    const [ssAll = 0, ssCovered = 0, paAll = 0, paCovered = 0] = tally.subarray(
      bit * 4,
      bit * 4 + 4,
    );
    return {
      nodeId: node?.id ?? '',
      name: node?.name ?? '',
      kind: node?.kind ?? 'system',
      selfSufficiency: rate(ssCovered, ssAll),
      processAdoption: rate(paCovered, paAll),
    };
  });
}

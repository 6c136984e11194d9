import type { NeedKind } from '../../model/kinds.js';
import { PROCESS_ADOPTION, SELF_SUFFICIENCY, type Coverage } from './coverage.js';
import type { IndexedProject } from './indexed.js';
import { rate, type Rate } from './rate.js';
import { countUpstream, maskOf, type UpstreamSets } from './upstream-sets.js';

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
 * Roll-ups for every system and subsystem, in input order. `sets` must be built over the
 * counted nodes (those whose category is not NOT_COUNTED).
 */
export function rollUps(project: IndexedProject, sets: UpstreamSets, coverage: Coverage): RollUp[] {
  const { category, covered } = coverage;
  const ss = maskOf(sets, (i) => category[i] === SELF_SUFFICIENCY);
  const ssCovered = maskOf(sets, (i) => category[i] === SELF_SUFFICIENCY && covered[i] === 1);
  const pa = maskOf(sets, (i) => category[i] === PROCESS_ADOPTION);
  const paCovered = maskOf(sets, (i) => category[i] === PROCESS_ADOPTION && covered[i] === 1);
  const result: RollUp[] = [];
  project.nodes.forEach((node, i) => {
    if (!ROLL_UP_KINDS.includes(node.kind)) return;
    result.push({
      nodeId: node.id,
      name: node.name,
      kind: node.kind,
      selfSufficiency: rate(countUpstream(sets, i, ssCovered), countUpstream(sets, i, ss)),
      processAdoption: rate(countUpstream(sets, i, paCovered), countUpstream(sets, i, pa)),
    });
  });
  return result;
}

import type { NeedKind } from '../../model/kinds.js';
import {
  FLAG_SEVERITY,
  RISK_FLAGS,
  flagRank,
  type RiskFlag,
  type RiskFlagCode,
} from './flag-codes.js';
import { FLAG_RULES, type NodeSupply } from './flag-rules.js';
import type { IndexedProject } from './indexed.js';
import type { QualifiedSuppliers } from './qualified.js';

/**
 * Kinds that are bought or commissioned from a supplier. Systems and subsystems are the
 * maker's own integration work, so they are flagged only when someone supplies them.
 */
export const SUPPLIED_KINDS: readonly NeedKind[] = [
  'component',
  'material',
  'process',
  'tech_foundation',
];

const RULES = RISK_FLAGS.map((code) => [code, FLAG_RULES[code]] as const);

/**
 * Every risk flag of every need node: most severe first, then key items, then the need nodes
 * most others need, then input order.
 * `sharedUpstream[i]` is the single-sourced node upstream of node i (or -1).
 */
export function riskFlags(
  project: IndexedProject,
  qualified: QualifiedSuppliers,
  sharedUpstream: Int32Array,
  linkLost?: Uint8Array,
): FlagList {
  const { input, nodes, links, linksOf, domestic, partyById } = project;
  const flags: RiskFlag[] = [];
  const flagNode: number[] = [];
  const supply: NodeSupply = {
    node: nodes[0] ?? { id: '', kind: 'component', name: '', keyItem: false },
    links: [],
    domestic: [],
    qualified: [],
    sharedUpstream: null,
    batchStage: input.batchStage,
    homeCountry: input.homeCountry,
    today: input.today,
    longRecoveryWeeks: input.options.longRecoveryWeeks,
    party: (id) => partyById.get(id),
  };
  nodes.forEach((node, i) => {
    supply.links.length = 0;
    supply.domestic.length = 0;
    for (let k = linksOf.start[i] as number; k < (linksOf.start[i + 1] as number); k++) {
      const l = linksOf.targets[k] as number;
      const link = links[l];
      if (!link || linkLost?.[l]) continue;
      supply.links.push(link);
      supply.domestic.push(domestic[l] === 1);
    }
    if (supply.links.length === 0 && !SUPPLIED_KINDS.includes(node.kind)) return;
    const via = sharedUpstream[i] ?? -1;
    const viaNode = nodes[via];
    supply.node = node;
    supply.qualified = qualified.parties[i] ?? [];
    supply.sharedUpstream = viaNode
      ? { node: viaNode, party: qualified.parties[via]?.[0] ?? '' }
      : null;
    for (const [code, rule] of RULES) {
      const params = rule(supply);
      if (!params) continue;
      flags.push({ nodeId: node.id, flag: code, severity: FLAG_SEVERITY[code], params });
      flagNode.push(i);
    }
  });
  // One number per flag orders them: severity, key items first, the most needed first, then
  // the order they were found in (node order). It ends in the flag's position, so a plain
  // numeric sort does it with no comparator.
  const count = nodes.length;
  const total = flags.length;
  const keys = new Float64Array(total);
  flags.forEach((flag, f) => {
    const i = flagNode[f] ?? 0;
    const group = flagRank(flag.flag) * 2 + (nodes[i]?.keyItem ? 0 : 1);
    keys[f] = (group * (count + 1) + count - (project.dependents[i] ?? 0)) * total + f;
  });
  const order = Array.from(keys.sort(), (key) => key % total);
  return {
    flags: order.map((f) => flags[f] as RiskFlag),
    nodeIndex: Int32Array.from(order, (f) => flagNode[f] ?? 0),
  };
}

/** The flags in severity order, and the index of each flag's need node (same order). */
export interface FlagList {
  flags: RiskFlag[];
  nodeIndex: Int32Array;
}

/** How many need nodes carry each flag; every code is present, 0 when none. */
export function countFlags(flags: readonly RiskFlag[]): Record<RiskFlagCode, number> {
  const counts = Object.fromEntries(RISK_FLAGS.map((code) => [code, 0])) as Record<
    RiskFlagCode,
    number
  >;
  for (const { flag } of flags) counts[flag] += 1;
  return counts;
}

import type { NeedKind } from '../../model/kinds.js';
import {
  FLAG_SEVERITY,
  RISK_FLAGS,
  flagRank,
  type RiskFlag,
  type RiskFlagCode,
} from './flag-codes.js';
import { FLAG_RULES, type NodeSupply } from './flag-rules.js';
import { compareText } from './hidden-shared.js';
import { neighbours, type IndexedProject } from './indexed.js';
import type { MetricsLink } from './input.js';
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

/**
 * Every risk flag of every need node, most severe first, then key items first, then by name.
 * `sharedUpstream[i]` is the single-sourced node upstream of node i (or -1).
 */
export function riskFlags(
  project: IndexedProject,
  qualified: QualifiedSuppliers,
  sharedUpstream: Int32Array,
  linkLost?: Uint8Array,
): RiskFlag[] {
  const { input, nodes, links, linksOf, domestic, partyById } = project;
  const party = (id: string) => partyById.get(id);
  const flags: RiskFlag[] = [];
  nodes.forEach((node, i) => {
    const own: MetricsLink[] = [];
    const ownDomestic: boolean[] = [];
    for (const l of neighbours(linksOf, i)) {
      const link = links[l];
      if (!link || linkLost?.[l]) continue;
      own.push(link);
      ownDomestic.push(domestic[l] === 1);
    }
    if (own.length === 0 && !SUPPLIED_KINDS.includes(node.kind)) return;
    const via = sharedUpstream[i] ?? -1;
    const viaNode = nodes[via];
    const supply: NodeSupply = {
      node,
      links: own,
      domestic: ownDomestic,
      qualified: qualified.parties[i] ?? [],
      sharedUpstream: viaNode ? { node: viaNode, party: qualified.parties[via]?.[0] ?? '' } : null,
      batchStage: input.batchStage,
      homeCountry: input.homeCountry,
      today: input.today,
      longRecoveryWeeks: input.options.longRecoveryWeeks,
      party,
    };
    for (const code of RISK_FLAGS) {
      const params = FLAG_RULES[code](supply);
      if (params)
        flags.push({ nodeId: node.id, flag: code, severity: FLAG_SEVERITY[code], params });
    }
  });
  const byId = project.indexOf;
  return flags.sort((a, b) => {
    const x = nodes[byId.get(a.nodeId) ?? -1];
    const y = nodes[byId.get(b.nodeId) ?? -1];
    return (
      flagRank(a.flag) - flagRank(b.flag) ||
      Number(y?.keyItem) - Number(x?.keyItem) ||
      compareText(x?.name ?? '', y?.name ?? '') ||
      compareText(a.nodeId, b.nodeId)
    );
  });
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

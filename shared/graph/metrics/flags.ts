import type { NeedKind } from '../../model/kinds.js';
import { FLAG_SEVERITY, RISK_FLAGS, type RiskFlag, type RiskFlagCode } from './flag-codes.js';
import { FLAG_RULES, type NodeSupply, type Rule } from './flag-rules.js';
import type { Csr, IndexedProject } from './indexed.js';
import type { MetricsLink, MetricsNode } from './input.js';
import { needOrder } from './need-order.js';
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

const RULES = RISK_FLAGS.map((code) => FLAG_RULES[code]);
const NO_LINKS: MetricsLink[] = [];

/** The flags in severity order, and the index of each flag's need node (same order). */
export interface FlagList {
  flags: RiskFlag[];
  nodeIndex: Int32Array;
  /** The flags of code RISK_FLAGS[c] are flags[codeStart[c] .. codeStart[c + 1]). */
  codeStart: Int32Array;
}

/**
 * Every risk flag of every need node: most severe first, then key items, then the need nodes
 * most others need, then input order. Visiting the nodes in that tie order and keeping one list
 * per code gives the order with no sort.
 * `sharedUpstream[i]` is the single-sourced node upstream of node i (or -1).
 */
export function riskFlags(
  project: IndexedProject,
  qualified: QualifiedSuppliers,
  sharedUpstream: Int32Array,
  linkLost?: Uint8Array,
): FlagList {
  const { input, nodes, links, linksOf, domestic, partyById } = project;
  const byCode = RULES.map((): RiskFlag[] => []);
  const nodesByCode = RULES.map((): number[] => []);
  // Refilled for every node: only the first links.length entries are read.
  const nodeDomestic = new Array<boolean>(mostLinks(linksOf)).fill(false);
  const supply: NodeSupply = {
    node: nodes[0] ?? { id: '', kind: 'component', name: '', keyItem: false },
    links: [],
    domestic: nodeDomestic,
    qualified: [],
    sharedUpstream: null,
    batchStage: input.batchStage,
    homeCountry: input.homeCountry,
    today: input.today,
    longRecoveryWeeks: input.options.longRecoveryWeeks,
    party: (id) => partyById.get(id),
  };
  const order = needOrder(project);
  for (let n = 0; n < order.length; n++) {
    const i = order[n] as number;
    const node = nodes[i] as MetricsNode;
    const first = linksOf.start[i] as number;
    const count = (linksOf.start[i + 1] as number) - first;
    // An array of the exact size, and none for the many need nodes with no link.
    supply.links = count === 0 ? NO_LINKS : new Array<MetricsLink>(count);
    let kept = 0;
    for (let k = first; k < first + count; k++) {
      const l = linksOf.targets[k] as number;
      const link = links[l];
      if (!link || linkLost?.[l]) continue;
      supply.links[kept] = link;
      nodeDomestic[kept] = domestic[l] === 1;
      kept += 1;
    }
    if (kept < count) supply.links.length = kept;
    if (kept === 0 && !SUPPLIED_KINDS.includes(node.kind)) continue;
    const via = sharedUpstream[i] ?? -1;
    const viaNode = nodes[via];
    supply.node = node;
    supply.qualified = qualified.parties[i] ?? [];
    supply.sharedUpstream = viaNode
      ? { node: viaNode, party: qualified.parties[via]?.[0] ?? '' }
      : null;
    for (let c = 0; c < RULES.length; c++) {
      const params = (RULES[c] as Rule)(supply);
      if (!params) continue;
      const flag = RISK_FLAGS[c] as RiskFlagCode;
      (byCode[c] as RiskFlag[]).push({
        nodeId: node.id,
        flag,
        severity: FLAG_SEVERITY[flag],
        params,
      });
      (nodesByCode[c] as number[]).push(i);
    }
  }
  const codeStart = new Int32Array(RULES.length + 1);
  const nodeIndex = new Int32Array(byCode.reduce((sum, list) => sum + list.length, 0));
  nodesByCode.forEach((list, c) => {
    nodeIndex.set(list, codeStart[c]);
    codeStart[c + 1] = (codeStart[c] as number) + list.length;
  });
  return { flags: ([] as RiskFlag[]).concat(...byCode), nodeIndex, codeStart };
}

/** The most links any one need node has. */
function mostLinks({ start }: Csr): number {
  let most = 0;
  for (let i = 0; i + 1 < start.length; i++) {
    most = Math.max(most, (start[i + 1] as number) - (start[i] as number));
  }
  return most;
}

/** How many need nodes carry each flag; every code is present, 0 when none. */
export function countFlags({ codeStart }: FlagList): Record<RiskFlagCode, number> {
  return Object.fromEntries(
    RISK_FLAGS.map((code, c) => [code, (codeStart[c + 1] as number) - (codeStart[c] as number)]),
  ) as Record<RiskFlagCode, number>;
}

import type { NeedKind } from '../../model/kinds.js';
import { flagRank, type RiskFlag, type RiskFlagCode, type Severity } from './flag-codes.js';
import { compareText } from './hidden-shared.js';
import type { IndexedProject } from './indexed.js';

/** One flagged need node with all its flags, for the "top risks" list. */
export interface TopRisk {
  nodeId: string;
  name: string;
  kind: NeedKind;
  keyItem: boolean;
  /** Its flags, most severe first. */
  flags: RiskFlagCode[];
  severity: Severity;
}

/** Flagged need nodes, worst first: most severe flag, then key items, then more flags, then name. */
export function topRisks(project: IndexedProject, flags: readonly RiskFlag[]): TopRisk[] {
  const byNode = new Map<string, RiskFlag[]>();
  for (const flag of flags) {
    const list = byNode.get(flag.nodeId);
    if (list) list.push(flag);
    else byNode.set(flag.nodeId, [flag]);
  }
  const risks: TopRisk[] = [];
  for (const [nodeId, own] of byNode) {
    const node = project.nodes[project.indexOf.get(nodeId) ?? -1];
    if (!node) continue;
    own.sort((a, b) => flagRank(a.flag) - flagRank(b.flag));
    const worst = own[0];
    if (!worst) continue;
    risks.push({
      nodeId,
      name: node.name,
      kind: node.kind,
      keyItem: node.keyItem,
      flags: own.map((flag) => flag.flag),
      severity: worst.severity,
    });
  }
  return risks.sort(
    (a, b) =>
      flagRank(a.flags[0] ?? 'no_supplier') - flagRank(b.flags[0] ?? 'no_supplier') ||
      Number(b.keyItem) - Number(a.keyItem) ||
      b.flags.length - a.flags.length ||
      compareText(a.name, b.name) ||
      compareText(a.nodeId, b.nodeId),
  );
}

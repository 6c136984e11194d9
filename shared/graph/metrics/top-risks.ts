import type { NeedKind } from '../../model/kinds.js';
import { RISK_FLAGS, type RiskFlag, type RiskFlagCode, type Severity } from './flag-codes.js';
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

/**
 * Flagged need nodes, worst first: most severe flag, then key items, then more flags, then
 * name. `flags` must be in severity order (as riskFlags returns them).
 */
export function topRisks(project: IndexedProject, flags: readonly RiskFlag[]): TopRisk[] {
  const { nodes, indexOf, nameRank } = project;
  const byNode = new Array<TopRisk | undefined>(nodes.length);
  const flagged: number[] = [];
  for (const flag of flags) {
    const i = indexOf.get(flag.nodeId) ?? -1;
    const node = nodes[i];
    if (!node) continue;
    const risk = byNode[i];
    if (risk) risk.flags.push(flag.flag);
    else {
      const { id: nodeId, name, kind, keyItem } = node;
      byNode[i] = { nodeId, name, kind, keyItem, flags: [flag.flag], severity: flag.severity };
      flagged.push(i);
    }
  }
  const count = nodes.length;
  const width = RISK_FLAGS.length + 1;
  const keys = new Float64Array(count);
  for (const i of flagged) {
    const risk = byNode[i] as TopRisk;
    const worst = RISK_FLAGS.indexOf(risk.flags[0] ?? 'no_supplier');
    const group = (worst * 2 + (risk.keyItem ? 0 : 1)) * width + (width - risk.flags.length);
    keys[i] = group * count + (nameRank[i] ?? 0);
  }
  return Int32Array.from(flagged)
    .sort((a, b) => (keys[a] as number) - (keys[b] as number))
    .reduce<TopRisk[]>((list, i) => {
      list.push(byNode[i] as TopRisk);
      return list;
    }, []);
}

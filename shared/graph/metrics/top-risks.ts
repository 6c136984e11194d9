import type { NeedKind } from '../../model/kinds.js';
import {
  FLAG_SEVERITY,
  RISK_FLAGS,
  SEVERITIES,
  flagRank,
  type RiskFlag,
  type RiskFlagCode,
  type Severity,
} from './flag-codes.js';
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

export interface RiskSummary {
  /** How many need nodes carry at least one flag. */
  flaggedNodes: number;
  /** Flagged need nodes by their worst flag's severity. */
  bySeverity: Record<Severity, number>;
  /** The worst `limit` flagged need nodes, worst first. */
  top: TopRisk[];
}

/** Enough for any list a person reads; the full picture is in the flags themselves. */
export const TOP_RISK_LIMIT = 100;

/**
 * Flagged need nodes, worst first: most severe flag, then key items, then more flags, then the
 * need nodes most others need, then input order. `flags` must be in severity order per node
 * (as riskFlags returns them); `flagNodes[f]` is flag f's need node index.
 */
export function summarizeRisks(
  project: IndexedProject,
  flags: readonly RiskFlag[],
  flagNodes: Int32Array,
  limit = TOP_RISK_LIMIT,
): RiskSummary {
  const { nodes, dependents } = project;
  const count = nodes.length;
  const worst = new Int32Array(count).fill(-1);
  const flagCount = new Int32Array(count);
  const flagged: number[] = [];
  for (const [f, flag] of flags.entries()) {
    const i = flagNodes[f] as number;
    if (worst[i] === -1) flagged.push(i);
    const rank = flagRank(flag.flag);
    if (worst[i] === -1 || rank < (worst[i] as number)) worst[i] = rank;
    flagCount[i] = (flagCount[i] as number) + 1;
  }
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const width = RISK_FLAGS.length + 1;
  // Each key ends in the node's index, so a plain numeric sort orders them with no comparator.
  const keys = new Float64Array(flagged.length);
  flagged.forEach((i, k) => {
    const code = RISK_FLAGS[worst[i] as number] ?? 'no_supplier';
    bySeverity[FLAG_SEVERITY[code]] += 1;
    const group =
      ((worst[i] as number) * 2 + (nodes[i]?.keyItem ? 0 : 1)) * width +
      (width - (flagCount[i] as number));
    keys[k] = (group * (count + 1) + count - (dependents[i] as number)) * count + i;
  });
  const top = Array.from(keys.sort().subarray(0, limit), (key) => key % count);
  const chosen = new Map<number, TopRisk>();
  for (const i of top) {
    const node = nodes[i];
    if (!node) continue;
    const code = RISK_FLAGS[worst[i] as number] ?? 'no_supplier';
    const { id: nodeId, name, kind, keyItem } = node;
    chosen.set(i, { nodeId, name, kind, keyItem, flags: [], severity: FLAG_SEVERITY[code] });
  }
  flags.forEach((flag, f) => chosen.get(flagNodes[f] as number)?.flags.push(flag.flag));
  for (const risk of chosen.values()) risk.flags.sort((a, b) => flagRank(a) - flagRank(b));
  return {
    flaggedNodes: flagged.length,
    bySeverity,
    top: Array.from(top, (i) => chosen.get(i) as TopRisk),
  };
}

import type { NeedKind } from '../../model/kinds.js';
import {
  FLAG_SEVERITY,
  RISK_FLAGS,
  SEVERITIES,
  type RiskFlagCode,
  type Severity,
} from './flag-codes.js';
import type { FlagList } from './flags.js';
import type { IndexedProject } from './indexed.js';
import type { MetricsNode } from './input.js';

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
 * need nodes most others need, then input order. The flags come by code and, within a code, in
 * key item, dependents and input order (as riskFlags returns them), so the first flag of a node
 * is its worst and the nodes first appear in the wanted order but for their flag count.
 */
export function summarizeRisks(
  project: IndexedProject,
  { nodeIndex, codeStart }: FlagList,
  limit = TOP_RISK_LIMIT,
): RiskSummary {
  const { nodes } = project;
  const worst = new Int8Array(nodes.length).fill(-1);
  const flagCount = new Uint8Array(nodes.length);
  const flagged = new Int32Array(nodes.length);
  let flaggedCount = 0;
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  RISK_FLAGS.forEach((code, c) => {
    const before = flaggedCount;
    for (let f = codeStart[c] as number; f < (codeStart[c + 1] as number); f++) {
      const i = nodeIndex[f] as number;
      flagCount[i] = (flagCount[i] as number) + 1;
      if (worst[i] !== -1) continue;
      worst[i] = c;
      flagged[flaggedCount++] = i;
    }
    bySeverity[FLAG_SEVERITY[code]] += flaggedCount - before;
  });
  const top = worstFirst(
    flagged.subarray(0, flaggedCount),
    (i) => (worst[i] as number) * 2 + (nodes[i]?.keyItem ? 0 : 1),
    flagCount,
    limit,
  );
  const slot = new Int32Array(nodes.length).fill(-1);
  const risks = top.map((i, k): TopRisk => {
    slot[i] = k;
    const { id: nodeId, name, kind, keyItem } = nodes[i] as MetricsNode;
    const code = RISK_FLAGS[worst[i] as number] ?? 'no_supplier';
    return { nodeId, name, kind, keyItem, flags: [], severity: FLAG_SEVERITY[code] };
  });
  RISK_FLAGS.forEach((code, c) => {
    for (let f = codeStart[c] as number; f < (codeStart[c + 1] as number); f++) {
      const k = slot[nodeIndex[f] as number] as number;
      if (k >= 0) risks[k]?.flags.push(code);
    }
  });
  return { flaggedNodes: flaggedCount, bySeverity, top: risks };
}

/**
 * The first `limit` of `flagged` once each run of equal `group` is reordered by flag count,
 * most first (stably): only the runs that reach the top are looked at.
 */
function worstFirst(
  flagged: Int32Array,
  group: (i: number) => number,
  flagCount: Uint8Array,
  limit: number,
): number[] {
  const top: number[] = [];
  for (let from = 0; from < flagged.length && top.length < limit;) {
    const run = group(flagged[from] as number);
    let to = from + 1;
    while (to < flagged.length && group(flagged[to] as number) === run) to++;
    for (let wanted = RISK_FLAGS.length; wanted > 0 && top.length < limit; wanted--) {
      for (let k = from; k < to && top.length < limit; k++) {
        if (flagCount[flagged[k] as number] === wanted) top.push(flagged[k] as number);
      }
    }
    from = to;
  }
  return top;
}

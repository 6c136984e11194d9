import type { NeedKind } from '../../model/kinds.js';
import { analyzeGraph, analyzeSupply, type SupplyAnalysis } from './analysis.js';
import { reachableFrom } from './downstream.js';
import type { RiskFlagCode } from './flag-codes.js';
import { countFlags } from './flags.js';
import type { MetricsInput } from './input.js';
import type { Rate } from './rate.js';
import type { RollUp } from './rollup.js';

/** What is marked lost: whole parties (all their supply links) and need nodes (unobtainable). */
export interface WhatIfScenario {
  lostPartyIds: readonly string[];
  lostNodeIds: readonly string[];
}

/**
 * How a need node is hit:
 * - lost: marked lost itself;
 * - unsupplied: had a qualified supplier and now has none;
 * - cut: needs (directly or further up) a lost or unsupplied node, so it cannot be built;
 * - degraded: lost a qualified supplier but keeps another, or needs such a node.
 */
export type Impact = 'lost' | 'unsupplied' | 'cut' | 'degraded';

export interface AffectedNode {
  nodeId: string;
  name: string;
  kind: NeedKind;
  keyItem: boolean;
  impact: Impact;
}

export interface RateChange {
  before: Rate;
  after: Rate;
}

export interface RollUpChange {
  nodeId: string;
  name: string;
  kind: NeedKind;
  selfSufficiency: RateChange;
  processAdoption: RateChange;
}

export interface WhatIfResult {
  lostLinks: number;
  /** Every affected need node, worst impact first. */
  affected: AffectedNode[];
  /** Lost and unsupplied nodes: the items that then have no supplier. */
  noSupplier: AffectedNode[];
  selfSufficiency: RateChange;
  processAdoption: RateChange;
  /** Systems and subsystems whose rates change. */
  rollUps: RollUpChange[];
  flagCounts: { before: Record<RiskFlagCode, number>; after: Record<RiskFlagCode, number> };
}

const IMPACT_ORDER: readonly Impact[] = ['lost', 'unsupplied', 'cut', 'degraded'];

export function whatIf(input: MetricsInput, scenario: WhatIfScenario): WhatIfResult {
  const graph = analyzeGraph(input);
  const { project } = graph;
  const lostParties = new Set(scenario.lostPartyIds);
  const lostNodes = new Set(scenario.lostNodeIds);
  const linkLost = Uint8Array.from(project.links, (link) =>
    lostParties.has(link.partyId) || lostNodes.has(link.nodeId) ? 1 : 0,
  );
  const before = analyzeSupply(graph);
  const after = analyzeSupply(graph, linkLost);

  const impact = new Array<Impact | undefined>(project.nodes.length);
  const hit: number[] = [];
  project.nodes.forEach((node, i) => {
    const had = before.qualified.count[i] as number;
    const has = after.qualified.count[i] as number;
    if (lostNodes.has(node.id)) impact[i] = 'lost';
    else if (had > 0 && has === 0) impact[i] = 'unsupplied';
    else if (has < had) impact[i] = 'degraded';
    if (impact[i] === 'degraded') hit.push(i);
  });
  const gone = impact.flatMap((level, i) =>
    level === 'lost' || level === 'unsupplied' ? [i] : [],
  );
  const cut = reachableFrom(project.nodes.length, project.downstream, gone);
  const degraded = reachableFrom(project.nodes.length, project.downstream, hit);
  project.nodes.forEach((_node, i) => {
    if (impact[i] === 'lost' || impact[i] === 'unsupplied') return;
    if (cut[i]) impact[i] = 'cut';
    else if (degraded[i]) impact[i] = 'degraded';
  });

  const affected = affectedNodes(graph.project.nodes, impact);
  return {
    lostLinks: linkLost.reduce((sum, lost) => sum + lost, 0),
    affected,
    noSupplier: affected.filter((node) => node.impact === 'lost' || node.impact === 'unsupplied'),
    selfSufficiency: { before: before.selfSufficiency, after: after.selfSufficiency },
    processAdoption: { before: before.processAdoption, after: after.processAdoption },
    rollUps: rollUpChanges(before, after),
    flagCounts: { before: countFlags(before.risks), after: countFlags(after.risks) },
  };
}

function affectedNodes(
  nodes: readonly { id: string; name: string; kind: NeedKind; keyItem: boolean }[],
  impact: readonly (Impact | undefined)[],
): AffectedNode[] {
  const result: AffectedNode[] = [];
  nodes.forEach((node, i) => {
    const level = impact[i];
    if (level) {
      const { id: nodeId, name, kind, keyItem } = node;
      result.push({ nodeId, name, kind, keyItem, impact: level });
    }
  });
  return result.sort(
    (a, b) =>
      IMPACT_ORDER.indexOf(a.impact) - IMPACT_ORDER.indexOf(b.impact) ||
      Number(b.keyItem) - Number(a.keyItem) ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
}

function rollUpChanges(before: SupplyAnalysis, after: SupplyAnalysis): RollUpChange[] {
  const changed = (x: Rate, y: Rate) => x.numerator !== y.numerator;
  const afterById = new Map<string, RollUp>(after.rollUps.map((roll) => [roll.nodeId, roll]));
  return before.rollUps.flatMap((was) => {
    const now = afterById.get(was.nodeId);
    if (!now) return [];
    if (!changed(was.selfSufficiency, now.selfSufficiency)) {
      if (!changed(was.processAdoption, now.processAdoption)) return [];
    }
    return [
      {
        nodeId: was.nodeId,
        name: was.name,
        kind: was.kind,
        selfSufficiency: { before: was.selfSufficiency, after: now.selfSufficiency },
        processAdoption: { before: was.processAdoption, after: now.processAdoption },
      },
    ];
  });
}

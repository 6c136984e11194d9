import { analyzeGraph, analyzeSupply } from '../../../shared/graph/metrics/analysis.js';
import {
  FLAG_SEVERITY,
  flagRank,
  type RiskFlagCode,
  type Severity,
} from '../../../shared/graph/metrics/flag-codes.js';
import { metricsInputFrom } from '../../../shared/graph/metrics/from-snapshot.js';
import { parseStages } from '../../../shared/model/json-fields.js';
import { batchStageIndex } from '../../../shared/model/templates.js';
import type { NeedNode } from '../../../shared/model/entities.js';
import type { AppState } from '../../store/types.js';
import { stageTone, type StageTone } from './stage-tone.js';

/** What the overlays show of one need node. */
export interface NodeOverlay {
  /** Its worst risk flag's severity; null when it has no flag. */
  severity: Severity | null;
  flags: RiskFlagCode[];
  tone: StageTone;
}

export interface OverlayModel {
  byNode: ReadonlyMap<string, NodeOverlay>;
  batchStage: number;
  stageCount: number;
}

type OverlayInput = Pick<
  AppState,
  'projectMeta' | 'nodes' | 'nodeIds' | 'edges' | 'links' | 'parties'
>;

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The batch-supply stage's index in the project's stages (their count when none is marked). */
export function batchStageOf(stagesText: string): number {
  const stages = parseStages(stagesText);
  const batch = batchStageIndex(stages);
  return batch < 0 ? stages.length : batch;
}

/** Flags and best stages of every need node, by the same pure functions as the dashboard. */
export function computeOverlay(state: OverlayInput): OverlayModel {
  const stages = parseStages(state.projectMeta?.stages ?? '');
  const batchStage = batchStageOf(state.projectMeta?.stages ?? '');
  const input = metricsInputFrom(
    {
      project: { homeCountry: state.projectMeta?.homeCountry ?? '' },
      parties: Object.values(state.parties),
      nodes: state.nodeIds.flatMap((id) => state.nodes[id] ?? []),
      edges: Object.values(state.edges),
      links: Object.values(state.links),
    },
    { today: localToday(), stageKeys: stages.map((stage) => stage.key), batchStage },
  );
  const supply = analyzeSupply(analyzeGraph(input));
  const byNode = new Map<string, NodeOverlay>();
  const best = new Map<string, number>();
  for (const link of input.links) {
    best.set(link.nodeId, Math.max(best.get(link.nodeId) ?? -1, link.stage));
  }
  for (const node of input.nodes) {
    const stage = best.get(node.id);
    byNode.set(node.id, {
      severity: null,
      flags: [],
      tone: stageTone(stage === undefined ? null : stage, batchStage),
    });
  }
  for (const flag of supply.risks.flags) {
    const entry = byNode.get(flag.nodeId);
    if (!entry) continue;
    entry.flags.push(flag.flag);
    const worst = entry.flags.reduce((a, b) => (flagRank(a) <= flagRank(b) ? a : b));
    entry.severity = FLAG_SEVERITY[worst];
  }
  return { byNode, batchStage, stageCount: stages.length };
}

/** Did anything the overlay reads change between two node records (not just positions)? */
function sameMeaning(
  a: Readonly<Record<string, NeedNode>>,
  b: Readonly<Record<string, NeedNode>>,
  ids: readonly string[],
): boolean {
  return ids.every((id) => {
    const x = a[id];
    const y = b[id];
    return (
      x === y || (!!x && !!y && x.kind === y.kind && x.keyItem === y.keyItem && x.name === y.name)
    );
  });
}

let cached: { input: OverlayInput; model: OverlayModel } | null = null;

/**
 * The overlay model for the current store state, rebuilt only when supply data or what a node
 * is changed: dragging nodes (which replaces the node records) reuses the last model.
 */
export function overlayModel(state: OverlayInput): OverlayModel {
  const last = cached;
  if (
    last &&
    last.input.projectMeta === state.projectMeta &&
    last.input.edges === state.edges &&
    last.input.links === state.links &&
    last.input.parties === state.parties &&
    last.input.nodeIds === state.nodeIds &&
    (last.input.nodes === state.nodes || sameMeaning(last.input.nodes, state.nodes, state.nodeIds))
  ) {
    if (last.input.nodes !== state.nodes)
      cached = { input: { ...last.input, nodes: state.nodes }, model: last.model };
    return last.model;
  }
  const model = computeOverlay(state);
  const { projectMeta, nodes, nodeIds, edges, links, parties } = state;
  cached = { input: { projectMeta, nodes, nodeIds, edges, links, parties }, model };
  return model;
}

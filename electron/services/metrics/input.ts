import type { StageEvent } from '../../../shared/graph/metrics/input.js';
import { metricsInputFrom } from '../../../shared/graph/metrics/from-snapshot.js';
import type { MetricsInput } from '../../../shared/graph/metrics/input.js';
import type { ProjectSnapshot } from '../../../shared/model/entities.js';
import { parseStages } from '../../../shared/model/json-fields.js';
import { batchStageIndex } from '../../../shared/model/templates.js';
import { isHlc, parseHlc } from '../../../shared/sync/hlc.js';
import type { ProjectStore } from '../store/index.js';

/** A local calendar day as YYYY-MM-DD: "today" and history dates are the user's own days. */
export function localDay(ms: number): string {
  const date = new Date(ms);
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${String(date.getFullYear())}-${month}-${day}`;
}

/**
 * Stage history for the trend. A link's approved transitions are its official stage moves;
 * a link without any (a file from before transitions were recorded) falls back to the op log's
 * writes of its `stage` field, dated by their clocks.
 */
export function stageEvents(
  store: ProjectStore,
  snapshot: ProjectSnapshot,
  stageKeys: readonly string[],
): StageEvent[] {
  const events: StageEvent[] = [];
  const dated = new Set<string>();
  for (const transition of snapshot.transitions) {
    const stage = stageKeys.indexOf(transition.toStage);
    if (transition.kind !== 'approved' || stage < 0) continue;
    events.push({ linkId: transition.linkId, date: transition.date, stage });
    dated.add(transition.linkId);
  }
  if (snapshot.links.every((link) => dated.has(link.id))) return events;
  for (const op of store.ops()) {
    if (op.entity !== 'link' || op.field !== 'stage' || dated.has(op.entityId)) continue;
    if (typeof op.value !== 'number' || !isHlc(op.hlc)) continue;
    events.push({ linkId: op.entityId, date: localDay(parseHlc(op.hlc).wallMs), stage: op.value });
  }
  return events;
}

/** What the metrics read from an open project, on the given day. */
export function metricsInputOf(store: ProjectStore, today: string): MetricsInput {
  const snapshot = store.snapshot();
  const stages = parseStages(snapshot.project.stages);
  const stageKeys = stages.map((stage) => stage.key);
  const batch = batchStageIndex(stages);
  return metricsInputFrom(snapshot, {
    today,
    stageKeys,
    // A list without a batch stage counts nothing as batch supply.
    batchStage: batch < 0 ? stageKeys.length : batch,
    stageEvents: stageEvents(store, snapshot, stageKeys),
  });
}

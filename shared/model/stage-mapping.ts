import type { StageDef } from './templates.js';

/** What a stage-list change needs to know of each supply link. */
export interface LinkStages {
  id: string;
  stage: number;
  reportedStage: number | null;
}

/** Where one supply link lands: new indexes, or null when its old stage has no new home. */
export interface LinkLanding {
  linkId: string;
  fromStage: string;
  toStage: string | null;
  stage: number | null;
  reportedStage: number | null;
  /** The supplier's claim had no new home (only possible when the official stage did). */
  reportedOrphaned: boolean;
}

export interface StageMappingPlan {
  /** Every old stage key → the new stage key it maps to, or null. */
  stageMap: Record<string, string | null>;
  landings: LinkLanding[];
  /** Links whose official or reported stage would have no stage in the new list. */
  orphanLinkIds: string[];
  /** Old stage keys that hold links and map nowhere: the user must say where they go. */
  orphanStages: string[];
  ok: boolean;
}

/**
 * Plan a change of a project's stage list (rename, add, reorder, remove, switch template):
 * a stage keeps its links when the new list has its key, or when `explicit` maps it to a new
 * key. Nothing is guessed: a stage that holds links and maps nowhere makes the plan refuse
 * (`ok: false`), so no link is ever dropped or silently moved.
 */
export function planStageMapping(
  oldStages: readonly StageDef[],
  newStages: readonly StageDef[],
  links: readonly LinkStages[],
  explicit: Readonly<Record<string, string>> = {},
): StageMappingPlan {
  const newIndex = new Map(newStages.map((stage, index) => [stage.key, index]));
  const stageMap: Record<string, string | null> = {};
  for (const { key } of oldStages) {
    const chosen = Object.hasOwn(explicit, key) ? explicit[key] : undefined;
    const target = chosen ?? key;
    stageMap[key] = newIndex.has(target) ? target : null;
  }
  const land = (index: number | null): { key: string; to: number | null } | null => {
    if (index === null) return null;
    const key = oldStages[index]?.key ?? '';
    const to = stageMap[key] ?? null;
    return { key, to: to === null ? null : (newIndex.get(to) ?? null) };
  };
  const landings: LinkLanding[] = [];
  const orphanStages = new Set<string>();
  for (const link of links) {
    const official = land(link.stage);
    const reported = land(link.reportedStage);
    if (official?.to === null) orphanStages.add(official.key);
    if (reported?.to === null) orphanStages.add(reported.key);
    landings.push({
      linkId: link.id,
      fromStage: official?.key ?? '',
      toStage: official && official.to !== null ? (newStages[official.to]?.key ?? null) : null,
      stage: official?.to ?? null,
      reportedStage: reported?.to ?? null,
      reportedOrphaned: reported !== null && reported.to === null,
    });
  }
  const orphanLinkIds = landings
    .filter((landing) => landing.stage === null || landing.reportedOrphaned)
    .map((landing) => landing.linkId);
  return {
    stageMap,
    landings,
    orphanLinkIds,
    orphanStages: oldStages.map((s) => s.key).filter((key) => orphanStages.has(key)),
    ok: orphanLinkIds.length === 0,
  };
}

/**
 * A starting point for the mapping the user confirms in the preview: the same key where the
 * new list has it, else the stage at the same relative position along the chain.
 */
export function suggestStageMapping(
  oldStages: readonly StageDef[],
  newStages: readonly StageDef[],
): Record<string, string> {
  const keys = new Set(newStages.map((stage) => stage.key));
  const suggestion: Record<string, string> = {};
  // Before batch supply maps onto before batch supply, and batch-or-later onto batch-or-later,
  // so a switch never turns a qualifying supplier into a batch supplier or back.
  const oldBatch = batchOr(oldStages);
  const newBatch = batchOr(newStages);
  oldStages.forEach((stage, index) => {
    if (keys.has(stage.key)) {
      suggestion[stage.key] = stage.key;
      return;
    }
    const before = index < oldBatch;
    const position = before ? index / oldBatch : (index - oldBatch) / (oldStages.length - oldBatch);
    const start = before ? 0 : newBatch;
    const span = before ? newBatch : newStages.length - newBatch;
    const target =
      span <= 0
        ? newStages[before ? 0 : newStages.length - 1]
        : newStages[start + Math.min(span - 1, Math.floor(position * span))];
    if (target) suggestion[stage.key] = target.key;
  });
  return suggestion;
}

/** Where batch supply begins; the end of the list when it is not marked. */
function batchOr(stages: readonly StageDef[]): number {
  const index = stages.findIndex((stage) => stage.batch === true);
  return index < 0 ? stages.length : index;
}

/** A link's per-stage targets carried over to the new keys; targets of dropped stages go. */
export function remapStageTargets(
  targets: Readonly<Record<string, string>>,
  stageMap: Readonly<Record<string, string | null>>,
  newKeys: ReadonlySet<string>,
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, date] of Object.entries(targets)) {
    const to = Object.hasOwn(stageMap, key) ? stageMap[key] : newKeys.has(key) ? key : null;
    if (to && !Object.hasOwn(result, to)) result[to] = date;
  }
  return result;
}

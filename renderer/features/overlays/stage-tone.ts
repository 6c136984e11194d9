/** Stage overlay colours: how close a need node's best supply link is to batch supply. */
export const STAGE_TONES = ['none', 'early', 'mid', 'late', 'batch'] as const;
export type StageTone = (typeof STAGE_TONES)[number];

export function stageTone(bestStage: number | null, batchStage: number): StageTone {
  if (bestStage === null) return 'none';
  if (bestStage >= batchStage) return 'batch';
  if (bestStage === batchStage - 1) return 'late';
  return bestStage < Math.ceil(batchStage / 2) ? 'early' : 'mid';
}

/** The stage indices each tone covers in a list of `stageCount` stages, for the legend. */
export function toneRanges(
  stageCount: number,
  batchStage: number,
): { tone: StageTone; from: number; to: number }[] {
  const ranges: { tone: StageTone; from: number; to: number }[] = [];
  for (let stage = 0; stage < stageCount; stage++) {
    const tone = stageTone(stage, batchStage);
    const last = ranges.at(-1);
    if (last && last.tone === tone) last.to = stage;
    else ranges.push({ tone, from: stage, to: stage });
  }
  return ranges;
}

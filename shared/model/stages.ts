/**
 * The one-dragon (一條龍) qualification chain: the default stage template.
 * Labels live in the i18n catalogs under `stage.oneDragon.<key>`.
 */
export const ONE_DRAGON_STAGES = [
  'need_identified',
  'key_tech_rd',
  'product_design',
  'samples',
  'test_verification',
  'small_batch',
  'batch_supply',
  'demonstration',
] as const;
export type OneDragonStageKey = (typeof ONE_DRAGON_STAGES)[number];

export const STAGE_TEMPLATES = ['one_dragon'] as const;
export type StageTemplateId = (typeof STAGE_TEMPLATES)[number];

export const MIN_STAGE = 0;
export const MAX_STAGE = ONE_DRAGON_STAGES.length - 1;
/** Index of "batch supply" in the default template: the metrics count links at or past it. */
export const BATCH_SUPPLY_STAGE = ONE_DRAGON_STAGES.indexOf('batch_supply');

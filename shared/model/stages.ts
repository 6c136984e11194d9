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

/** Stage templates a project can start from; see templates.ts for their stages. */
export const STAGE_TEMPLATES = ['one_dragon', 'apqp', 'ppap', 'as9102'] as const;
export type StageTemplateId = (typeof STAGE_TEMPLATES)[number];

export const MIN_STAGE = 0;
/** Last index of the default template; a project's own stage list may be longer or shorter. */
export const MAX_STAGE = ONE_DRAGON_STAGES.length - 1;
/**
 * Most stages a project's list may hold. Field schemas only check this bound; services check a
 * stage index against the project's own list (templates.ts `projectStages`).
 */
export const MAX_STAGE_COUNT = 30;
/** Index of "batch supply" in the default template: the metrics count links at or past it. */
export const BATCH_SUPPLY_STAGE = ONE_DRAGON_STAGES.indexOf('batch_supply');

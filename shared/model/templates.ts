import { ONE_DRAGON_STAGES, type StageTemplateId } from './stages.js';

/**
 * One stage of a project's own stage list (stored as JSON in `project.stages`).
 * - key: stable identity; transitions and per-stage targets refer to it, so renaming or
 *   reordering stages never rewrites history.
 * - name: what the user called it; '' means "the template's localized label for this key".
 * - batch: marks the stage from which a link counts as "batch supply or later" (metrics).
 */
export interface StageDef {
  key: string;
  name: string;
  batch?: boolean;
}

/** A template stage: its key, its label's message key, and (APQP) the gate that closes it. */
export interface TemplateStage {
  key: string;
  label: string;
  gate?: string;
}

export interface StageTemplate {
  id: StageTemplateId;
  /** Message key of the template's name. */
  label: string;
  stages: readonly TemplateStage[];
  /** Key of the first stage that counts as batch supply or later. */
  batchKey: string;
}

const ONE_DRAGON_LABELS: Record<(typeof ONE_DRAGON_STAGES)[number], string> = {
  need_identified: 'stage.oneDragon.need_identified',
  key_tech_rd: 'stage.oneDragon.key_tech_rd',
  product_design: 'stage.oneDragon.product_design',
  samples: 'stage.oneDragon.samples',
  test_verification: 'stage.oneDragon.test_verification',
  small_batch: 'stage.oneDragon.small_batch',
  batch_supply: 'stage.oneDragon.batch_supply',
  demonstration: 'stage.oneDragon.demonstration',
};

/**
 * The templates. Keys are unique across all templates, so a stage key found in old history
 * still names its stage after the project switched template.
 */
export const STAGE_TEMPLATE_DEFS: Readonly<Record<StageTemplateId, StageTemplate>> = {
  one_dragon: {
    id: 'one_dragon',
    label: 'template.one_dragon',
    stages: ONE_DRAGON_STAGES.map((key) => ({ key, label: ONE_DRAGON_LABELS[key] })),
    batchKey: 'batch_supply',
  },
  // AIAG APQP: five phases, each closed by a gate of the timing chart.
  apqp: {
    id: 'apqp',
    label: 'template.apqp',
    stages: [
      { key: 'apqp_plan', label: 'stage.apqp.plan', gate: 'stage.apqp.gate.plan' },
      { key: 'apqp_product', label: 'stage.apqp.product', gate: 'stage.apqp.gate.product' },
      { key: 'apqp_process', label: 'stage.apqp.process', gate: 'stage.apqp.gate.process' },
      {
        key: 'apqp_validation',
        label: 'stage.apqp.validation',
        gate: 'stage.apqp.gate.validation',
      },
      { key: 'apqp_launch', label: 'stage.apqp.launch', gate: 'stage.apqp.gate.launch' },
    ],
    batchKey: 'apqp_launch',
  },
  // PPAP as a process; the submission level (1-5) and its 18-element checklist live in ppap.ts.
  ppap: {
    id: 'ppap',
    label: 'template.ppap',
    stages: [
      { key: 'ppap_requested', label: 'stage.ppap.requested' },
      { key: 'ppap_preparing', label: 'stage.ppap.preparing' },
      { key: 'ppap_submitted', label: 'stage.ppap.submitted' },
      { key: 'ppap_interim', label: 'stage.ppap.interim' },
      { key: 'ppap_approved', label: 'stage.ppap.approved' },
      { key: 'ppap_production', label: 'stage.ppap.production' },
    ],
    batchKey: 'ppap_production',
  },
  // SAE AS9102 first-article inspection (forms 1-3), then production.
  as9102: {
    id: 'as9102',
    label: 'template.as9102',
    stages: [
      { key: 'fai_planned', label: 'stage.as9102.planned' },
      { key: 'fai_built', label: 'stage.as9102.built' },
      { key: 'fai_inspected', label: 'stage.as9102.inspected' },
      { key: 'fai_approved', label: 'stage.as9102.approved' },
      { key: 'fai_production', label: 'stage.as9102.production' },
    ],
    batchKey: 'fai_production',
  },
};

/** A template's stages as a project stage list (names empty: the localized labels apply). */
export function templateStages(template: StageTemplateId): StageDef[] {
  const def = STAGE_TEMPLATE_DEFS[template];
  return def.stages.map(({ key }) =>
    key === def.batchKey ? { key, name: '', batch: true } : { key, name: '' },
  );
}

/**
 * Index of the first stage that counts as "batch supply or later" (the self-sufficiency and
 * process-adoption metrics count links at or past it); -1 when the list marks none.
 */
export function batchStageIndex(template: StageTemplateId | readonly StageDef[]): number {
  const stages = typeof template === 'string' ? templateStages(template) : template;
  return stages.findIndex((stage) => stage.batch === true);
}

/** The template stage with this key in any template, for labels and gates. */
export function findTemplateStage(key: string): TemplateStage | undefined {
  for (const template of Object.values(STAGE_TEMPLATE_DEFS)) {
    const found = template.stages.find((stage) => stage.key === key);
    if (found) return found;
  }
  return undefined;
}

/** Where a stage key sits in a stage list; -1 when the list no longer has it. */
export function stageIndexOf(stages: readonly StageDef[], key: string): number {
  return stages.findIndex((stage) => stage.key === key);
}

/** The stored JSON of the default template: the value of `project.stages` before it is set. */
export const DEFAULT_STAGES_JSON = JSON.stringify(templateStages('one_dragon'));

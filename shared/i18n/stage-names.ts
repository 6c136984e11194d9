import { findTemplateStage, type StageDef } from '../model/templates.js';
import type { Locale } from './locales.js';
import { isMessageKey, translate } from './translate.js';

/** A template's label for a stage key, in the locale; null for a key no template has. */
function templateLabel(locale: Locale, key: string): string | null {
  const label = findTemplateStage(key)?.label;
  return label !== undefined && isMessageKey(label) ? translate(locale, label) : null;
}

/** The name a project gave a stage, else its template's localized label, else its key. */
export function stageDefName(locale: Locale, stage: StageDef): string {
  return stage.name !== '' ? stage.name : (templateLabel(locale, stage.key) ?? stage.key);
}

/**
 * A stage named by key, as history records it: the project's own name while the project
 * still has the stage, else the label of whichever template it came from.
 */
export function stageKeyName(locale: Locale, stages: readonly StageDef[], key: string): string {
  const own = stages.find((stage) => stage.key === key);
  if (own) return stageDefName(locale, own);
  return templateLabel(locale, key) ?? key;
}

/** "4 Test & verification": index and name in the project's own list. */
export function projectStageLabel(
  locale: Locale,
  stages: readonly StageDef[],
  index: number,
): string {
  const stage = stages[index];
  const name = stage ? stageDefName(locale, stage) : String(index);
  return translate(locale, 'stage.label', { index, name });
}

/** The message key of a template stage's gate (APQP), or null. */
export function stageGateKey(key: string): string | null {
  return findTemplateStage(key)?.gate ?? null;
}

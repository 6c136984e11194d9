import { ONE_DRAGON_STAGES } from '../model/stages.js';
import type { Locale } from './locales.js';
import { translate } from './translate.js';

/** The stage's localized name alone, e.g. "批量生產"; the bare index if it is out of range. */
export function stageName(locale: Locale, stage: number): string {
  const key = ONE_DRAGON_STAGES[stage];
  return key === undefined ? String(stage) : translate(locale, `stage.oneDragon.${key}`);
}

/** Index and name, e.g. "6 批量生產", as the graph and reports show a stage. */
export function stageLabel(locale: Locale, stage: number): string {
  return translate(locale, 'stage.label', { index: stage, name: stageName(locale, stage) });
}

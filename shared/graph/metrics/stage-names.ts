import type { Locale } from '../../i18n/locales.js';
import { isMessageKey, translate } from '../../i18n/translate.js';
import { findTemplateStage, type StageDef } from '../../model/templates.js';

/** What each stage of a project's list is called in `locale`: the user's name or the template's. */
export function stageNames(locale: Locale, stages: readonly StageDef[]): string[] {
  return stages.map((stage) => {
    if (stage.name) return stage.name;
    const label = findTemplateStage(stage.key)?.label;
    return label && isMessageKey(label) ? translate(locale, label) : stage.key;
  });
}

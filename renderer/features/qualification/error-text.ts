import { isMessageKey, translate, type MessageParams } from '../../../shared/i18n/index.js';
import type { Locale } from '../../../shared/i18n/locales.js';
import { stageKeyName } from '../../../shared/i18n/stage-names.js';
import type { StageDef } from '../../../shared/model/templates.js';
import type { ApiError } from '../../api.js';

/**
 * A refusal in the user's language, for dialogs that show it beside the fields. Stage keys
 * the services name (a template change that would orphan links) are shown by their names.
 */
export function errorText(
  locale: Locale,
  error: ApiError,
  stages: readonly StageDef[] = [],
): string {
  const key = `error.${error.code}`;
  const params: Record<string, MessageParams[string]> = {
    detail: error.message,
    message: error.message,
    ...error.params,
  };
  const keys = params.stages;
  if (error.code === 'E_TEMPLATE_ORPHANS_LINKS' && typeof keys === 'object') {
    params.stages = keys.map((stage) => stageKeyName(locale, stages, stage));
  }
  return isMessageKey(key) ? translate(locale, key, params) : error.message;
}

import { isMessageKey, translate, type MessageParams } from '../../../shared/i18n/index.js';
import type { Locale } from '../../../shared/i18n/locales.js';
import type { ApiError } from '../../api.js';

/** A refusal in the user's language, for dialogs that show it beside the fields. */
export function errorText(locale: Locale, error: ApiError): string {
  const key = `error.${error.code}`;
  const params: MessageParams = { detail: error.message, message: error.message, ...error.params };
  return isMessageKey(key) ? translate(locale, key, params) : error.message;
}

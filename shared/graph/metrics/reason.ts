import type { Locale } from '../../i18n/locales.js';
import { translate, type MessageParams } from '../../i18n/translate.js';
import type { RiskFlag } from './flag-codes.js';

/**
 * A flag's reason in one language. Params are data; a `stage` param is an index that
 * `stageName` words (the project's own stage list decides the names).
 */
export function flagReason(
  locale: Locale,
  flag: Pick<RiskFlag, 'flag' | 'params'>,
  stageName: (stage: number) => string,
): string {
  const params: Record<string, MessageParams[string]> = { ...flag.params };
  if (typeof params.stage === 'number') params.stage = stageName(params.stage);
  return translate(locale, `risk.reason.${flag.flag}`, params);
}

import { en, type MessageKey } from './catalogs/en.js';
import type { Catalog } from './catalogs/catalog.js';
import { zhHans } from './catalogs/zh-Hans.js';
import { zhHant } from './catalogs/zh-Hant.js';
import type { Locale } from './locales.js';

export const CATALOGS: Readonly<Record<Locale, Catalog>> = {
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
  en,
};

export type MessageParamValue = string | number | readonly string[];
export type MessageParams = Readonly<Record<string, MessageParamValue>>;

const LIST_SEPARATOR: Readonly<Record<Locale, string>> = {
  'zh-Hans': '、',
  'zh-Hant': '、',
  en: ', ',
};
/** `{name:path}` renders a list as a chain, e.g. the need nodes of a refused cycle. */
const PATH_SEPARATOR = ' → ';
const PLACEHOLDER = /\{(\w+)(?::(path))?\}/g;

function render(locale: Locale, value: MessageParamValue, format: string | undefined): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return value.join(format === 'path' ? PATH_SEPARATOR : LIST_SEPARATOR[locale]);
}

/**
 * The message for `key` in `locale` with its placeholders filled. Pure, so the UI, Electron
 * main's menu and generated reports all word things the same way. A placeholder without a
 * param renders as nothing rather than as raw braces in front of the user.
 */
export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  return CATALOGS[locale][key].replace(
    PLACEHOLDER,
    (_match: string, name: string, format: string | undefined) => {
      const value = Object.hasOwn(params, name) ? params[name] : undefined;
      return value === undefined ? '' : render(locale, value, format);
    },
  );
}

/** For keys built at run time (e.g. `error.<code>` from an event payload). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

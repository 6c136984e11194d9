import { DEFAULT_LOCALE, type Locale } from '../../shared/i18n/locales.js';

/**
 * The best catalog for the browser's language list, for the one screen shown before the app
 * can ask the services (when it runs outside Longmai).
 */
export function localeFromLanguages(languages: readonly string[]): Locale {
  for (const language of languages) {
    const tag = language.toLowerCase();
    if (/^zh-(hant|tw|hk|mo)\b/.test(tag)) return 'zh-Hant';
    if (tag.startsWith('zh')) return 'zh-Hans';
    if (tag.startsWith('en')) return 'en';
  }
  return DEFAULT_LOCALE;
}

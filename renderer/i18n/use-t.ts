import { useCallback } from 'react';
import { translate, type MessageKey, type MessageParams } from '../../shared/i18n/index.js';
import { selectLocale } from '../store/selectors.js';
import { useAppStore } from '../store/react.js';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The translate function for the current locale; changes identity only when the locale does. */
export function useT(): Translate {
  const locale = useAppStore(selectLocale);
  return useCallback((key, params) => translate(locale, key, params), [locale]);
}

import { useEffect } from 'react';
import { translate } from '../../../shared/i18n/translate.js';
import type { Locale } from '../../../shared/i18n/locales.js';
import { Logo } from '../../components/Logo.js';

/** Shown when the page runs without Longmai's bridge (e.g. opened in a plain browser). */
export function NoApiScreen({ locale }: { locale: Locale }) {
  const title = translate(locale, 'noApi.title');
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = title;
  }, [locale, title]);
  return (
    <main className="no-api" data-testid="no-api">
      <Logo />
      <h1 className="no-api__title">{title}</h1>
      <p className="no-api__body">{translate(locale, 'noApi.body')}</p>
    </main>
  );
}

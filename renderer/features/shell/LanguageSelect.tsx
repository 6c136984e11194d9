import { useId } from 'react';
import { isLocale, LOCALES } from '../../../shared/i18n/locales.js';
import { useT } from '../../i18n/use-t.js';
import { selectLocale } from '../../store/selectors.js';
import { useAppStore, useAppStoreApi } from '../../store/react.js';

/** Switches the UI language at once; the services remember the choice. */
export function LanguageSelect() {
  const t = useT();
  const id = useId();
  const store = useAppStoreApi();
  const locale = useAppStore(selectLocale);
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {t('settings.language')}
      </label>
      <select
        id={id}
        className="select"
        value={locale}
        data-testid="language-select"
        onChange={(event) => {
          const next = event.target.value;
          if (isLocale(next)) void store.getState().setLocale(next);
        }}
      >
        {LOCALES.map((each) => (
          <option key={each} value={each} lang={each}>
            {t(`locale.${each}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

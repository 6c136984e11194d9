import { useMemo, useState, type KeyboardEvent } from 'react';
import { translate } from '../../../shared/i18n/index.js';
import { useT } from '../../i18n/use-t.js';
import { selectLocale } from '../../store/selectors.js';
import { useAppStore, useAppStoreApi } from '../../store/react.js';
import type { Action } from './action.js';
import { ACTIONS } from './actions/index.js';
import { Overlay } from './Overlay.js';
import { fuzzyScore } from './rank.js';
import { formatShortcut, isMacPlatform } from './shortcut.js';

interface Entry {
  action: Action;
  label: string;
  enabled: boolean;
}

/** Ctrl/⌘+K: every action by name (in the UI language or English), with its shortcut. */
export function CommandPalette() {
  const t = useT();
  const store = useAppStoreApi();
  const locale = useAppStore(selectLocale);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const isMac = isMacPlatform();
  const close = () => store.getState().setOverlay(null);

  const entries = useMemo(() => {
    const state = store.getState();
    const scored: { entry: Entry; score: number }[] = [];
    for (const action of ACTIONS) {
      if (action.paletteHidden) continue;
      const label = translate(locale, action.labelKey);
      const score = Math.max(
        fuzzyScore(label, query) ?? -Infinity,
        fuzzyScore(translate('en', action.labelKey), query) ?? -Infinity,
      );
      if (score === -Infinity) continue;
      const enabled = action.enabled ? action.enabled(state) : true;
      scored.push({ entry: { action, label, enabled }, score: score + (enabled ? 100 : 0) });
    }
    if (query.trim() !== '') scored.sort((a, b) => b.score - a.score);
    return scored.map((each) => each.entry);
  }, [store, locale, query]);

  const run = (entry: Entry | undefined) => {
    if (!entry?.enabled) return;
    close();
    void entry.action.perform(store);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => (index + step + entries.length) % Math.max(entries.length, 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      run(entries[active]);
    }
  };

  return (
    <Overlay label={t('palette.title')} onClose={close} testId="command-palette">
      <input
        className="palette__input"
        autoFocus
        value={query}
        placeholder={t('palette.placeholder')}
        aria-label={t('palette.placeholder')}
        aria-controls="palette-list"
        aria-activedescendant={entries[active] ? `palette-${entries[active].action.id}` : undefined}
        data-testid="palette-input"
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul className="palette__list" id="palette-list" role="listbox">
        {entries.length === 0 && <li className="palette__empty muted">{t('palette.none')}</li>}
        {entries.map((entry, index) => (
          <li
            key={entry.action.id}
            id={`palette-${entry.action.id}`}
            role="option"
            aria-selected={index === active}
            aria-disabled={!entry.enabled}
            className="palette__item"
            data-testid="palette-item"
            data-action-id={entry.action.id}
            onMouseEnter={() => setActive(index)}
            onClick={() => run(entry)}
          >
            <span className="palette__label">{entry.label}</span>
            {entry.action.shortcut?.[0] && (
              <kbd className="kbd">{formatShortcut(entry.action.shortcut[0], isMac)}</kbd>
            )}
          </li>
        ))}
      </ul>
    </Overlay>
  );
}

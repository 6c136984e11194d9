import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/use-t.js';
import { useAppStore, useAppStoreApi } from '../../store/react.js';
import type { AppState } from '../../store/types.js';
import { FilterMenu } from '../search/FilterMenu.js';
import { matchingNodeIds } from './view-state.js';

const selectSearchText = (state: AppState) => state.searchText;
const selectFocusSearch = (state: AppState) => state.requests.focusSearch;
const selectMatchCount = (state: AppState) => matchingNodeIds(state)?.size ?? null;
const selectTotal = (state: AppState) => state.nodeIds.length;

/** Search (name, code, spec, notes, pinyin) and filters, shared by the graph and the table. */
export function FindBar({ children }: { children?: React.ReactNode }) {
  const t = useT();
  const store = useAppStoreApi();
  const text = useAppStore(selectSearchText);
  const focusRequested = useAppStore(selectFocusSearch);
  const matches = useAppStore(selectMatchCount);
  const total = useAppStore(selectTotal);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (focusRequested && input.current && store.getState().consumeRequest('focusSearch')) {
      input.current.focus();
      input.current.select();
    }
  }, [focusRequested, store]);

  return (
    <div className="find-bar" role="search" aria-label={t('search.label')}>
      <div className="find-bar__search">
        <span className="find-bar__glass" aria-hidden="true">
          ⌕
        </span>
        <input
          ref={input}
          type="search"
          className="find-bar__input"
          value={text}
          placeholder={t('search.placeholder')}
          aria-label={t('search.label')}
          data-testid="search-input"
          onChange={(event) => store.getState().setSearchText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              store.getState().setSearchText('');
              event.currentTarget.blur();
            }
          }}
        />
      </div>
      <FilterMenu />
      {matches !== null && (
        <span className="find-bar__count" data-testid="match-count" aria-live="polite">
          {t('search.matches', { count: matches, total })}
        </span>
      )}
      <div className="toolbar__spacer" />
      {children}
    </div>
  );
}

import { useId, useMemo } from 'react';
import { NEED_KINDS, type NeedKind } from '../../../../shared/model/index.js';
import { useT } from '../../../i18n/use-t.js';
import { selectLocale, selectParties } from '../../../store/selectors.js';
import { useAppStore, useAppStoreApi } from '../../../store/react.js';
import type { AppState } from '../../../store/types.js';

const selectFilters = (s: AppState) => s.boardFilters;

/** Narrow the board to one supplier, one kind of need, key items, or overdue links. */
export function BoardFiltersBar() {
  const t = useT();
  const store = useAppStoreApi();
  const locale = useAppStore(selectLocale);
  const parties = useAppStore(selectParties);
  const filters = useAppStore(selectFilters);
  const ids = { party: useId(), kind: useId() };
  const suppliers = useMemo(
    () => Object.values(parties).sort((a, b) => new Intl.Collator(locale).compare(a.name, b.name)),
    [parties, locale],
  );
  const set = (patch: Partial<AppState['boardFilters']>) => store.getState().setBoardFilters(patch);
  return (
    <div className="filters" role="group" aria-label={t('board.filters')}>
      <label className="filters__item" htmlFor={ids.party}>
        <span className="field__label">{t('board.filterSupplier')}</span>
        <select
          id={ids.party}
          className="select"
          value={filters.partyId ?? ''}
          data-testid="board-filter-party"
          onChange={(e) => set({ partyId: e.target.value === '' ? null : e.target.value })}
        >
          <option value="">{t('board.all')}</option>
          {suppliers.map((party) => (
            <option key={party.id} value={party.id}>
              {party.name}
            </option>
          ))}
        </select>
      </label>
      <label className="filters__item" htmlFor={ids.kind}>
        <span className="field__label">{t('board.filterKind')}</span>
        <select
          id={ids.kind}
          className="select"
          value={filters.kind ?? ''}
          data-testid="board-filter-kind"
          onChange={(e) =>
            set({ kind: e.target.value === '' ? null : (e.target.value as NeedKind) })
          }
        >
          <option value="">{t('board.all')}</option>
          {NEED_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kind.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={filters.keyItemOnly}
          data-testid="board-filter-key"
          onChange={(e) => set({ keyItemOnly: e.target.checked })}
        />
        {t('board.filterKeyItems')}
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={filters.overdueOnly}
          data-testid="board-filter-overdue"
          onChange={(e) => set({ overdueOnly: e.target.checked })}
        />
        {t('board.filterOverdue')}
      </label>
    </div>
  );
}

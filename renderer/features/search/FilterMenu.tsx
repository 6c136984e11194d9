import { useMemo, useState } from 'react';
import { countActiveFilters, type GraphFilters } from '../../../shared/graph/filters.js';
import { stageLabel } from '../../../shared/i18n/labels.js';
import { LINK_STATUSES, NEED_KINDS } from '../../../shared/model/kinds.js';
import { MAX_STAGE, MIN_STAGE } from '../../../shared/model/stages.js';
import { useT } from '../../i18n/use-t.js';
import { selectLocale, selectParties } from '../../store/selectors.js';
import { useAppStore, useAppStoreApi } from '../../store/react.js';
import type { AppState } from '../../store/types.js';

const selectFilters = (state: AppState) => state.filters;
const STAGES = Array.from({ length: MAX_STAGE - MIN_STAGE + 1 }, (_, i) => MIN_STAGE + i);
const ORIGINS = ['domestic', 'import', 'none'] as const;

function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((each) => each !== value) : [...list, value];
}

interface GroupProps<T extends string | number> {
  title: string;
  values: readonly T[];
  chosen: readonly T[];
  label: (value: T) => string;
  testId: string;
  onToggle: (value: T) => void;
}

function CheckGroup<T extends string | number>(props: GroupProps<T>) {
  const { title, values, chosen, label, testId, onToggle } = props;
  return (
    <fieldset className="filter-group" data-testid={testId}>
      <legend className="filter-group__title">{title}</legend>
      {values.map((value) => (
        <label key={String(value)} className="filter-group__option">
          <input
            type="checkbox"
            checked={chosen.includes(value)}
            data-value={String(value)}
            onChange={() => onToggle(value)}
          />
          {label(value)}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The drop-down's groups, built only while it is open: its hundred-odd checkboxes and the
 * sorted party list are not worth their cost on a project's first frame.
 */
function FilterPanel({ filters, active }: { filters: GraphFilters; active: number }) {
  const t = useT();
  const store = useAppStoreApi();
  const locale = useAppStore(selectLocale);
  const parties = useAppStore(selectParties);
  const partyList = useMemo(
    () => Object.values(parties).sort((a, b) => a.name.localeCompare(b.name)),
    [parties],
  );
  const set = (patch: Partial<GraphFilters>) => store.getState().setFilters(patch);
  return (
    <div className="filter-menu__panel">
      <CheckGroup
        title={t('filters.kind')}
        values={NEED_KINDS}
        chosen={filters.kinds}
        label={(kind) => t(`kind.${kind}`)}
        testId="filter-kind"
        onToggle={(kind) => set({ kinds: toggled(filters.kinds, kind) })}
      />
      <CheckGroup
        title={t('filters.origin')}
        values={ORIGINS}
        chosen={filters.origins}
        label={(origin) => t(origin === 'none' ? 'badge.noSupplier' : `badge.${origin}`)}
        testId="filter-origin"
        onToggle={(origin) => set({ origins: toggled(filters.origins, origin) })}
      />
      <fieldset className="filter-group" data-testid="filter-key-item">
        <legend className="filter-group__title">{t('filters.keyItem')}</legend>
        {([null, true, false] as const).map((value) => (
          <label key={String(value)} className="filter-group__option">
            <input
              type="radio"
              name="filter-key-item"
              checked={filters.keyItem === value}
              onChange={() => set({ keyItem: value })}
            />
            {t(value === null ? 'filters.any' : value ? 'filters.keyOnly' : 'filters.notKey')}
          </label>
        ))}
      </fieldset>
      <CheckGroup
        title={t('filters.status')}
        values={LINK_STATUSES}
        chosen={filters.statuses}
        label={(status) => t(`linkStatus.${status}`)}
        testId="filter-status"
        onToggle={(status) => set({ statuses: toggled(filters.statuses, status) })}
      />
      <CheckGroup
        title={t('filters.stage')}
        values={STAGES}
        chosen={filters.stages}
        label={(stage) => stageLabel(locale, stage)}
        testId="filter-stage"
        onToggle={(stage) => set({ stages: toggled(filters.stages, stage) })}
      />
      <CheckGroup
        title={t('filters.party')}
        values={partyList.map((party) => party.id)}
        chosen={filters.partyIds}
        label={(id) => parties[id]?.name ?? id}
        testId="filter-party"
        onToggle={(id) => set({ partyIds: toggled(filters.partyIds, id) })}
      />
      <div className="filter-menu__actions">
        <button
          type="button"
          className="button"
          data-testid="filters-clear"
          disabled={active === 0}
          onClick={() => store.getState().clearFilters()}
        >
          {t('filters.clear')}
        </button>
      </div>
    </div>
  );
}

/** Filters by kind, party, stage, status, key item and domestic/import, in one drop-down. */
export function FilterMenu() {
  const t = useT();
  const filters = useAppStore(selectFilters);
  const active = countActiveFilters(filters);
  const [open, setOpen] = useState(false);
  return (
    <details
      className="filter-menu"
      data-testid="filter-menu"
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="button" data-testid="filter-toggle">
        {active > 0 ? t('filters.titleActive', { count: active }) : t('filters.title')}
      </summary>
      {open && <FilterPanel filters={filters} active={active} />}
    </details>
  );
}

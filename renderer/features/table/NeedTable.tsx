import { useMemo, useRef, useState, type MouseEvent } from 'react';
import { stageLabel } from '../../../shared/i18n/labels.js';
import type { NeedKind } from '../../../shared/model/index.js';
import { useT } from '../../i18n/use-t.js';
import {
  selectLocale,
  selectNodeIds,
  selectNodes,
  selectSelectedNodeIds,
} from '../../store/selectors.js';
import { useAppStore, useAppStoreApi } from '../../store/react.js';
import type { AppState } from '../../store/types.js';
import { KindPicker } from '../graph/KindPicker.js';
import { OriginBadge } from '../graph/OriginBadge.js';
import { matchingNodeIds, nodeFactsOf } from '../graph/view-state.js';
import { EditableCell } from './EditableCell.js';
import { tableRows, type Sort, type SortColumn } from './table-rows.js';

export const ROW_HEIGHT = 36;
const OVERSCAN = 8;
const COLUMNS: readonly { column: SortColumn; key: Parameters<ReturnType<typeof useT>>[0] }[] = [
  { column: 'name', key: 'inspector.name' },
  { column: 'code', key: 'inspector.code' },
  { column: 'kind', key: 'inspector.kind' },
  { column: 'keyItem', key: 'inspector.keyItem' },
  { column: 'spec', key: 'inspector.spec' },
  { column: 'suppliers', key: 'table.suppliers' },
  { column: 'stage', key: 'table.stage' },
];

const selectFacts = (state: AppState) => nodeFactsOf(state);
const selectMatching = (state: AppState) => matchingNodeIds(state);

const nameProblem = (draft: string) =>
  draft.trim() === '' ? 'validation.nameEmpty' : draft.length > 200 ? 'validation.tooLong' : null;
const shortProblem = (draft: string) => (draft.length > 200 ? 'validation.tooLong' : null);
const longProblem = (draft: string) => (draft.length > 10_000 ? 'validation.tooLong' : null);

/**
 * Every need node in one table, virtualized (only the rows in view are in the DOM), sorted by
 * any column, filtered like the graph, edited in place through the same undo stack.
 */
export function NeedTable() {
  const t = useT();
  const store = useAppStoreApi();
  const locale = useAppStore(selectLocale);
  const ids = useAppStore(selectNodeIds);
  const nodes = useAppStore(selectNodes);
  const facts = useAppStore(selectFacts);
  const matching = useAppStore(selectMatching);
  const selected = useAppStore(selectSelectedNodeIds);
  const [sort, setSort] = useState<Sort>({ column: 'name', descending: false });
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  const anchor = useRef<number | null>(null);
  const rows = useMemo(
    () => tableRows(ids, nodes, facts, matching, sort),
    [ids, nodes, facts, matching, sort],
  );
  const selectedSet = useMemo(() => new Set(selected), [selected]);
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);

  const onRowClick = (event: MouseEvent, index: number, id: string) => {
    const state = store.getState();
    if (event.shiftKey && anchor.current !== null) {
      const [from, to] = [Math.min(anchor.current, index), Math.max(anchor.current, index)];
      state.select(
        rows.slice(from, to + 1).map((row) => row.node.id),
        [],
      );
      return;
    }
    anchor.current = index;
    if (event.ctrlKey || event.metaKey) {
      state.select(
        selectedSet.has(id) ? selected.filter((each) => each !== id) : [...selected, id],
        [],
      );
    } else {
      state.select([id], []);
    }
  };
  const save = (id: string, patch: Parameters<AppState['updateNode']>[1]) =>
    void store.getState().updateNode(id, patch);

  return (
    <div className="need-table" role="grid" aria-rowcount={rows.length} data-testid="need-table">
      <div className="need-table__head" role="row">
        <span className="need-table__cell need-table__cell--check" role="columnheader" />
        {COLUMNS.map(({ column, key }) => (
          <button
            key={column}
            type="button"
            role="columnheader"
            className={`need-table__cell need-table__cell--${column} need-table__sort`}
            aria-sort={
              sort.column === column ? (sort.descending ? 'descending' : 'ascending') : 'none'
            }
            data-testid={`sort-${column}`}
            onClick={() =>
              setSort((now) => ({
                column,
                descending: now.column === column ? !now.descending : false,
              }))
            }
          >
            {t(key)}
            {sort.column === column && (
              <span aria-hidden="true">{sort.descending ? ' ▾' : ' ▴'}</span>
            )}
          </button>
        ))}
      </div>
      <div
        className="need-table__body"
        ref={(element) => {
          if (element && element.clientHeight !== height && element.clientHeight > 0) {
            setHeight(element.clientHeight);
          }
        }}
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      >
        {rows.length === 0 && <p className="need-table__empty muted">{t('table.empty')}</p>}
        <div style={{ height: rows.length * ROW_HEIGHT, position: 'relative' }}>
          {rows.slice(first, last).map((row, offset) => {
            const index = first + offset;
            const { node } = row;
            const isSelected = selectedSet.has(node.id);
            return (
              <div
                key={node.id}
                role="row"
                aria-rowindex={index + 1}
                aria-selected={isSelected}
                className={isSelected ? 'need-table__row is-selected' : 'need-table__row'}
                style={{ transform: `translateY(${String(index * ROW_HEIGHT)}px)` }}
                data-testid="table-row"
                data-node-id={node.id}
                onClick={(event) => onRowClick(event, index, node.id)}
              >
                <span className="need-table__cell need-table__cell--check" role="gridcell">
                  <input
                    type="checkbox"
                    checked={isSelected}
                    aria-label={t('table.selectRow', { name: node.name })}
                    onClick={(event) => event.stopPropagation()}
                    onChange={() =>
                      store
                        .getState()
                        .select(
                          isSelected
                            ? selected.filter((id) => id !== node.id)
                            : [...selected, node.id],
                          [],
                        )
                    }
                  />
                </span>
                <span className="need-table__cell need-table__cell--name" role="gridcell">
                  <EditableCell
                    value={node.name}
                    label={t('inspector.name')}
                    testId="cell-name"
                    validate={nameProblem}
                    onCommit={(name) => save(node.id, { name: name.trim() })}
                  />
                </span>
                <span className="need-table__cell need-table__cell--code" role="gridcell">
                  <EditableCell
                    value={node.code}
                    label={t('inspector.code')}
                    testId="cell-code"
                    validate={shortProblem}
                    onCommit={(code) => save(node.id, { code })}
                  />
                </span>
                <span className="need-table__cell need-table__cell--kind" role="gridcell">
                  <KindPicker
                    value={node.kind}
                    testId="cell-kind"
                    label={t('inspector.kind')}
                    onChange={(kind: NeedKind) => save(node.id, { kind })}
                  />
                </span>
                <span className="need-table__cell need-table__cell--keyItem" role="gridcell">
                  <input
                    type="checkbox"
                    checked={node.keyItem}
                    aria-label={t('inspector.keyItem')}
                    data-testid="cell-key-item"
                    onClick={(event) => event.stopPropagation()}
                    onChange={(event) => save(node.id, { keyItem: event.target.checked })}
                  />
                </span>
                <span className="need-table__cell need-table__cell--spec" role="gridcell">
                  <EditableCell
                    value={node.spec}
                    label={t('inspector.spec')}
                    testId="cell-spec"
                    validate={longProblem}
                    onCommit={(spec) => save(node.id, { spec })}
                  />
                </span>
                <span className="need-table__cell need-table__cell--suppliers" role="gridcell">
                  {row.suppliers}
                  <OriginBadge origin={row.origin} />
                </span>
                <span className="need-table__cell need-table__cell--stage" role="gridcell">
                  {row.stage === null ? '—' : stageLabel(locale, row.stage)}
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

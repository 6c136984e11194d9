import { useT } from '../../i18n/use-t.js';
import { entityLabel, fieldLabel, formatValue } from './format.js';
import { useSync, type SyncState } from './sync-store.js';
import { useSyncActions } from './use-sync-actions.js';

const selectConflicts = (s: SyncState) => s.conflicts;

/** Open conflicts: the record, the field, each party's value, and a way to settle it. */
export function ConflictsPanel() {
  const t = useT();
  const actions = useSyncActions();
  const conflicts = useSync(selectConflicts);
  if (conflicts.length === 0) {
    return (
      <p className="sync-empty" data-testid="conflicts-empty">
        {t('sync.conflicts.empty')}
      </p>
    );
  }
  return (
    <table className="table table--wide sync-table" data-testid="conflicts-table">
      <thead>
        <tr>
          <th>{t('sync.conflicts.record')}</th>
          <th>{t('sync.conflicts.field')}</th>
          <th>{t('sync.conflicts.values')}</th>
          <th aria-label={t('sync.conflicts.resolve')} />
        </tr>
      </thead>
      <tbody>
        {conflicts.map((conflict) => (
          <tr key={conflict.id} data-testid="conflict-row" data-conflict-id={conflict.id}>
            <td>
              <div className="sync-table__main">{conflict.label}</div>
              <div className="muted">{entityLabel(t, conflict.entity)}</div>
            </td>
            <td>
              {conflict.kind === 'deleted'
                ? t('sync.conflicts.kind.deleted')
                : fieldLabel(t, conflict.field)}
            </td>
            <td>
              <ul className="value-list">
                {conflict.values.map((value) => (
                  <li key={value.opId}>
                    <strong>
                      {conflict.kind === 'deleted' && value.field === 'deleted'
                        ? t('sync.resolve.deletedBy')
                        : formatValue(t, value.value)}
                    </strong>{' '}
                    <span className="muted">{value.authorName}</span>
                  </li>
                ))}
              </ul>
            </td>
            <td className="sync-table__action">
              <button
                type="button"
                className="button"
                data-testid="conflict-resolve"
                onClick={() => actions.openResolve(conflict.id)}
              >
                {t('sync.conflicts.resolve')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

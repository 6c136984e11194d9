import type { ConflictRow } from '../../../shared/ipc/contract.js';
import { Modal } from '../../components/Modal.js';
import { useT } from '../../i18n/use-t.js';
import { selectLocale } from '../../store/selectors.js';
import { useAppStore } from '../../store/react.js';
import { fieldLabel, formatTime, formatValue } from './format.js';
import { useSync, type SyncState } from './sync-store.js';
import { useSyncActions } from './use-sync-actions.js';

const selectResolving = (s: SyncState): ConflictRow | null =>
  s.conflicts.find((c) => c.id === s.resolving) ?? null;
const selectBusy = (s: SyncState) => s.busy;

/** Every candidate value with its author and time; the user keeps one (or keeps/deletes). */
export function ResolveDialog() {
  const t = useT();
  const locale = useAppStore(selectLocale);
  const actions = useSyncActions();
  const conflict = useSync(selectResolving);
  const busy = useSync(selectBusy);
  if (!conflict) return null;
  const cancel = (
    <button
      type="button"
      className="button"
      onClick={actions.cancelResolve}
      data-testid="resolve-cancel"
    >
      {t('sync.preview.cancel')}
    </button>
  );
  const deleted = conflict.kind === 'deleted';
  return (
    <Modal
      title={t('sync.resolve.title', { label: conflict.label })}
      onClose={actions.cancelResolve}
      testId="resolve-dialog"
      wide
      actions={
        deleted ? (
          <>
            {cancel}
            <button
              type="button"
              className="button button--danger"
              disabled={busy}
              data-testid="resolve-delete"
              onClick={() => void actions.resolve(conflict.id, { kind: 'delete' })}
            >
              {t('sync.resolve.deleteRecord')}
            </button>
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              data-testid="resolve-keep-record"
              onClick={() => void actions.resolve(conflict.id, { kind: 'keep' })}
            >
              {t('sync.resolve.keepRecord')}
            </button>
          </>
        ) : (
          cancel
        )
      }
    >
      <p className="hint">{t('sync.resolve.intro')}</p>
      <p>
        <span className="tag tag--danger">{t(`sync.conflicts.kind.${conflict.kind}`)}</span>{' '}
        {!deleted && <strong>{fieldLabel(t, conflict.field)}</strong>}
      </p>
      <ul className="candidates" data-testid="resolve-candidates">
        {conflict.values.map((candidate) => (
          <li key={candidate.opId} className="candidate" data-testid="resolve-candidate">
            <div className="candidate__value">
              {deleted && <span className="muted">{fieldLabel(t, candidate.field)}: </span>}
              <strong data-testid="candidate-value">
                {deleted && candidate.field === 'deleted'
                  ? t('sync.resolve.deletedBy')
                  : formatValue(t, candidate.value)}
              </strong>
              {candidate.current && !deleted && (
                <span className="tag tag--info">{t('sync.resolve.shown')}</span>
              )}
            </div>
            <div className="candidate__by muted" data-testid="candidate-author">
              {t('sync.resolve.by', {
                party: candidate.authorName,
                time: formatTime(locale, candidate.at),
              })}
            </div>
            {!deleted && (
              <button
                type="button"
                className={candidate.current ? 'button' : 'button button--primary'}
                disabled={busy}
                data-testid="resolve-choose"
                onClick={() =>
                  void actions.resolve(conflict.id, { kind: 'value', opId: candidate.opId })
                }
              >
                {t('sync.resolve.keep')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </Modal>
  );
}

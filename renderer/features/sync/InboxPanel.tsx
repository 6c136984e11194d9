import type { InboxItem } from '../../../shared/ipc/contract.js';
import { isMessageKey } from '../../../shared/i18n/translate.js';
import { useT, type Translate } from '../../i18n/use-t.js';
import { selectLocale } from '../../store/selectors.js';
import { useAppStore } from '../../store/react.js';
import { formatTime } from './format.js';
import { useSync, type SyncState } from './sync-store.js';
import { useSyncActions } from './use-sync-actions.js';

const selectExchange = (s: SyncState) => s.exchange;

/** The refusal in words; a code this build does not know stays as it is. */
function reasonOf(t: Translate, code: string): string {
  const key = `error.${code}`;
  return isMessageKey(key) ? t(key, { message: '', fingerprint: '', detail: '' }) : code;
}

const REASON_TONE: Record<InboxItem['reason'], string> = {
  'confirm-sender': 'tag--info',
  conflicts: 'tag--danger',
  manual: '',
  waiting: '',
};

/** Packets the exchange folder picked up that wait for the user, and those quarantined. */
export function InboxPanel() {
  const t = useT();
  const locale = useAppStore(selectLocale);
  const actions = useSyncActions();
  const exchange = useSync(selectExchange);
  if (!exchange?.folder) return <p className="sync-empty">{t('sync.inbox.noFolder')}</p>;
  return (
    <div className="inbox" data-testid="inbox">
      {exchange.inbox.length === 0 ? (
        <p className="sync-empty" data-testid="inbox-empty">
          {t('sync.inbox.empty')}
        </p>
      ) : (
        <ul className="inbox__list">
          {exchange.inbox.map((item) => (
            <li key={item.id} className="inbox__item" data-testid="inbox-item">
              <div>
                <div className="sync-table__main">{item.fileName}</div>
                <div className="muted">
                  {item.senderName} ·{' '}
                  {t('sync.peers.entry', {
                    date: formatTime(locale, item.foundAt),
                    count: item.changes,
                  })}
                </div>
              </div>
              <span className={`tag ${REASON_TONE[item.reason]}`}>
                {t(`sync.inbox.reason.${item.reason}`)}
              </span>
              <button
                type="button"
                className="button button--primary"
                data-testid="inbox-open"
                onClick={() => void actions.openItem(item.id)}
              >
                {t('sync.inbox.preview')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {exchange.quarantined.length > 0 && (
        <section className="inbox__quarantine" data-testid="quarantine-list">
          <h3 className="change-party__title">{t('sync.inbox.quarantined')}</h3>
          <p className="hint">{t('sync.inbox.quarantinedNote')}</p>
          <ul className="value-list">
            {exchange.quarantined.map((item) => (
              <li key={`${item.fileName}:${item.at}`} data-testid="quarantined-item">
                <div>
                  <span className="tag tag--danger">{item.code}</span>{' '}
                  <strong>{item.fileName}</strong>{' '}
                  <span className="muted">{formatTime(locale, item.at)}</span>
                </div>
                <div className="muted">{reasonOf(t, item.code)}</div>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

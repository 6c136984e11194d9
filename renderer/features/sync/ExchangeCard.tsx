import { useT } from '../../i18n/use-t.js';
import { useSync, type SyncState } from './sync-store.js';
import { useSyncActions } from './use-sync-actions.js';

const selectExchange = (s: SyncState) => s.exchange;
const selectBusy = (s: SyncState) => s.busy;

/** The project's exchange folder: choose, change or stop it, and auto-apply. */
export function ExchangeCard() {
  const t = useT();
  const actions = useSyncActions();
  const exchange = useSync(selectExchange);
  const busy = useSync(selectBusy);
  const folder = exchange?.folder ?? null;
  return (
    <section className="sync-card" data-testid="exchange-card">
      <h2 className="sync-card__title">{t('sync.exchange.title')}</h2>
      <p className="hint">{t('sync.exchange.intro')}</p>
      <div className="exchange-folder">
        {folder ? (
          <code className="exchange-folder__path" data-testid="exchange-folder" title={folder}>
            {folder}
          </code>
        ) : (
          <span className="muted">{t('sync.exchange.none')}</span>
        )}
        <button
          type="button"
          className={folder ? 'button' : 'button button--primary'}
          disabled={busy}
          data-testid="exchange-choose"
          onClick={() => void actions.chooseFolder()}
        >
          {folder ? t('sync.exchange.change') : t('sync.exchange.choose')}
        </button>
        {folder && (
          <button
            type="button"
            className="button"
            disabled={busy}
            data-testid="exchange-clear"
            onClick={() => void actions.clearFolder()}
          >
            {t('sync.exchange.clear')}
          </button>
        )}
      </div>
      {folder && (
        <>
          <label className="checkbox-line">
            <input
              type="checkbox"
              checked={exchange?.autoApply ?? false}
              disabled={busy}
              data-testid="exchange-auto-apply"
              onChange={(event) => void actions.setAutoApply(event.target.checked)}
            />
            {t('sync.exchange.autoApply')}
          </label>
          <p className="hint">
            {exchange?.watching && t('sync.exchange.watching')}{' '}
            <button
              type="button"
              className="link-button"
              disabled={busy}
              data-testid="exchange-scan"
              onClick={() => void actions.scan()}
            >
              {t('sync.exchange.scan')}
            </button>
          </p>
        </>
      )}
    </section>
  );
}

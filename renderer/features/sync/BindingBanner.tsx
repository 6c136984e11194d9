import { useT } from '../../i18n/use-t.js';
import { useAppStore } from '../../store/react.js';
import type { AppState } from '../../store/types.js';
import { useSync, type SyncState } from './sync-store.js';
import { useSyncActions } from './use-sync-actions.js';

const selectStatus = (s: SyncState) => s.status;
const selectBusy = (s: SyncState) => s.busy;
const selectMakerName = (s: AppState) => {
  const id = s.projectMeta?.makerPartyId;
  return id ? (s.parties[id]?.name ?? '') : '';
};

/** Which party this copy signs for, or how to start: an identity, then turning sync on. */
export function BindingBanner() {
  const t = useT();
  const actions = useSyncActions();
  const status = useSync(selectStatus);
  const busy = useSync(selectBusy);
  const maker = useAppStore(selectMakerName);
  if (!status) return null;
  const { binding } = status;
  if (binding.state === 'bound') {
    return (
      <p className="sync-banner sync-banner--ok" data-testid="sync-binding" data-state="bound">
        {t(binding.isMaker ? 'sync.binding.maker' : 'sync.binding.supplier', {
          party: binding.partyName,
        })}
      </p>
    );
  }
  if (binding.state === 'foreign') {
    return (
      <p className="sync-banner sync-banner--warn" data-testid="sync-binding" data-state="foreign">
        {t('sync.binding.foreign', { party: binding.partyName })}
      </p>
    );
  }
  return (
    <div className="sync-banner" data-testid="sync-binding" data-state="unbound">
      <span>{t('sync.binding.unbound', { party: maker })}</span>
      {status.identity ? (
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          data-testid="sync-enable"
          onClick={() => void actions.enable()}
        >
          {t('sync.binding.enable')}
        </button>
      ) : (
        <button
          type="button"
          className="button"
          data-testid="sync-needs-identity"
          onClick={() => actions.setTab('settings')}
        >
          {t('sync.identity.needed')}
        </button>
      )}
    </div>
  );
}

import { useT } from '../../i18n/use-t.js';
import { Fingerprint } from './Fingerprint.js';
import { IdentityForm } from './IdentityForm.js';
import { useSync, type SyncState } from './sync-store.js';
import { useSyncActions } from './use-sync-actions.js';

const selectIdentity = (s: SyncState) => s.identity;
const selectBusy = (s: SyncState) => s.busy;

/** This installation's identity: create it once, then show the fingerprint others compare. */
export function IdentityCard() {
  const t = useT();
  const actions = useSyncActions();
  const state = useSync(selectIdentity);
  const busy = useSync(selectBusy);
  const identity = state?.identity ?? null;
  return (
    <section className="sync-card" data-testid="identity-card">
      <h2 className="sync-card__title">{t('sync.identity.title')}</h2>
      <p className="hint">{t('sync.identity.intro')}</p>
      {identity ? (
        <dl className="identity-facts">
          <dt>{t('sync.identity.name')}</dt>
          <dd data-testid="identity-name">{identity.name}</dd>
          <dt>{t('sync.identity.fingerprint')}</dt>
          <dd>
            <Fingerprint value={identity.fingerprint} testId="identity-fingerprint" />
          </dd>
          <dt>{t('sync.identity.keyId')}</dt>
          <dd>
            <code className="fingerprint__small">{identity.partyId}</code>
          </dd>
        </dl>
      ) : (
        <IdentityForm
          intro={t('sync.identity.none')}
          initialName=""
          busy={busy}
          onCreate={(name) => void actions.createIdentity(name)}
          inputTestId="identity-name-input"
          createTestId="identity-create"
          primary
        />
      )}
      {state && (
        <p className="hint" data-testid="identity-protection">
          {t(`sync.identity.protection.${state.protection}`)}
        </p>
      )}
    </section>
  );
}

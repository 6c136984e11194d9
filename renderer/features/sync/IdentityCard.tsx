import { useState } from 'react';
import { useT } from '../../i18n/use-t.js';
import { Fingerprint } from './Fingerprint.js';
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
  const [name, setName] = useState('');
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
        <form
          className="identity-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (name.trim()) void actions.createIdentity(name.trim());
          }}
        >
          <p>{t('sync.identity.none')}</p>
          <label className="field">
            <span className="field__label">{t('sync.identity.name')}</span>
            <input
              className="field__input"
              value={name}
              maxLength={200}
              data-testid="identity-name-input"
              onChange={(event) => setName(event.target.value)}
            />
          </label>
          <button
            type="submit"
            className="button button--primary"
            disabled={busy || name.trim() === ''}
            data-testid="identity-create"
          >
            {t('sync.identity.create')}
          </button>
        </form>
      )}
      {state && (
        <p className="hint" data-testid="identity-protection">
          {t(`sync.identity.protection.${state.protection}`)}
        </p>
      )}
    </section>
  );
}

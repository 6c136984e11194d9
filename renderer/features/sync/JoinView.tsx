import { useState } from 'react';
import type { IdentityState, JoinPreview, PacketSummary } from '../../../shared/ipc/contract.js';
import { useT } from '../../i18n/use-t.js';
import { countRows, entityLabel } from './format.js';
import { Fingerprint } from './Fingerprint.js';

interface JoinViewProps {
  summary: PacketSummary;
  join: JoinPreview;
  identity: IdentityState | null;
  busy: boolean;
  onCreateIdentity: (name: string) => void;
}

/** An invitation: who sends it, their fingerprint to compare, what it holds, and who you become. */
export function JoinView({ summary, join, identity, busy, onCreateIdentity }: JoinViewProps) {
  const t = useT();
  const [name, setName] = useState(join.partyName);
  const sender = summary.sender.name;
  return (
    <div className="join-view" data-testid="join-view">
      <p>{t('sync.join.body', { sender, project: join.projectName, party: join.partyName })}</p>
      <div className="fingerprint-check">
        <span className="fingerprint-check__label">{t('sync.join.fingerprintOf', { sender })}</span>
        <Fingerprint value={summary.sender.fingerprint} testId="join-fingerprint" />
        <p className="hint">{t('sync.join.compare', { sender })}</p>
      </div>
      <div>
        <h3 className="change-party__title">{t('sync.join.contains')}</h3>
        <ul className="count-chips">
          {countRows(join.records).map(({ entity, count }) => (
            <li key={entity}>
              <strong>{count}</strong> {entityLabel(t, entity)}
            </li>
          ))}
        </ul>
      </div>
      {identity?.identity ? (
        <p className="hint">{t('sync.join.where')}</p>
      ) : (
        <form
          className="identity-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (name.trim()) onCreateIdentity(name.trim());
          }}
        >
          <p>{t('sync.join.identityFirst', { sender })}</p>
          <label className="field">
            <span className="field__label">{t('sync.identity.name')}</span>
            <input
              className="field__input"
              value={name}
              maxLength={200}
              data-testid="join-identity-name"
              onChange={(event) => setName(event.target.value)}
            />
          </label>
          <button
            type="submit"
            className="button"
            disabled={busy || name.trim() === ''}
            data-testid="join-identity-create"
          >
            {t('sync.identity.create')}
          </button>
        </form>
      )}
    </div>
  );
}

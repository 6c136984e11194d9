import type { IdentityState, JoinPreview, PacketSummary } from '../../../shared/ipc/contract.js';
import { useT } from '../../i18n/use-t.js';
import { countRows, entityLabel } from './format.js';
import { Fingerprint } from './Fingerprint.js';
import { IdentityForm } from './IdentityForm.js';

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
        <IdentityForm
          intro={t('sync.join.identityFirst', { sender })}
          initialName={join.partyName}
          busy={busy}
          onCreate={onCreateIdentity}
          inputTestId="join-identity-name"
          createTestId="join-identity-create"
        />
      )}
    </div>
  );
}

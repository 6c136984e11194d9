import { useMemo } from 'react';
import type { PacketLogEntry, PeerRow } from '../../../shared/ipc/contract.js';
import { useT, type Translate } from '../../i18n/use-t.js';
import { selectLocale } from '../../store/selectors.js';
import { useAppStore } from '../../store/react.js';
import type { Locale } from '../../../shared/i18n/locales.js';
import { formatTime } from './format.js';
import { useSync, type SyncState } from './sync-store.js';
import { useSyncActions } from './use-sync-actions.js';

const selectPeers = (s: SyncState) => s.peers;

/** Parties already exchanging packets first, those behind at the top; the rest after. */
const STATE_ORDER: Record<PeerRow['state'], number> = {
  behind: 0,
  invited: 1,
  current: 2,
  'not-invited': 3,
};

const STATE_TONE: Record<PeerRow['state'], string> = {
  'not-invited': '',
  invited: 'tag--info',
  current: 'tag--ok',
  behind: 'tag--warn',
};

function logLine(t: Translate, locale: Locale, entry: PacketLogEntry | null): string {
  if (!entry) return t('sync.peers.never');
  return t('sync.peers.entry', { date: formatTime(locale, entry.at), count: entry.changes });
}

/** Each party this copy exchanges packets with: what went each way, and whether it is behind. */
export function PeersPanel() {
  const t = useT();
  const locale = useAppStore(selectLocale);
  const actions = useSyncActions();
  const peers = useSync(selectPeers);
  const ordered = useMemo(
    () => [...peers].sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state]),
    [peers],
  );
  if (peers.length === 0) return <p className="sync-empty">{t('sync.peers.empty')}</p>;
  return (
    <table className="table table--wide sync-table" data-testid="peers-table">
      <thead>
        <tr>
          <th>{t('sync.peers.party')}</th>
          <th>{t('sync.peers.state')}</th>
          <th>{t('sync.peers.lastSent')}</th>
          <th>{t('sync.peers.lastReceived')}</th>
          <th>{t('sync.peers.fingerprint')}</th>
          <th aria-label={t('sync.peers.sendUpdate')} />
        </tr>
      </thead>
      <tbody>
        {ordered.map((peer) => (
          <tr key={peer.partyId} data-testid="peer-row" data-party-id={peer.partyId}>
            <td>
              <div className="sync-table__main">{peer.name}</div>
              <div className="muted">{t(`partyKind.${peer.kind}`)}</div>
            </td>
            <td>
              <span
                className={`tag ${STATE_TONE[peer.state]}`}
                data-testid="peer-state"
                data-state={peer.state}
              >
                {t(`sync.peers.state.${peer.state}`, { count: peer.pending })}
              </span>
            </td>
            <td className="muted">{logLine(t, locale, peer.lastSent)}</td>
            <td className="muted">{logLine(t, locale, peer.lastReceived)}</td>
            <td>
              {peer.fingerprint ? (
                <code className="fingerprint__small">{peer.fingerprint}</code>
              ) : (
                <span className="muted">{t('sync.peers.notConfirmed')}</span>
              )}
            </td>
            <td className="sync-table__action">
              <button
                type="button"
                className={peer.state === 'behind' ? 'button button--primary' : 'button'}
                data-testid="peer-send"
                onClick={() => void actions.startSend(peer.partyId, peer.name)}
              >
                {peer.trusted ? t('sync.peers.sendUpdate') : t('sync.peers.invite')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

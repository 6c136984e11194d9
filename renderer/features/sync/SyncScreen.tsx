import './sync.css';
import { useEffect, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ReadyMarker } from '../../components/ReadyMarker.js';
import { useT } from '../../i18n/use-t.js';
import { BindingBanner } from './BindingBanner.js';
import { ConflictsPanel } from './ConflictsPanel.js';
import { ExchangeCard } from './ExchangeCard.js';
import { IdentityCard } from './IdentityCard.js';
import { InboxPanel } from './InboxPanel.js';
import { PeersPanel } from './PeersPanel.js';
import { SYNC_TABS, useSync, type SyncState, type SyncTab } from './sync-store.js';
import { useSyncActions } from './use-sync-actions.js';

const selectTab = (s: SyncState) => s.tab;
const selectLoaded = (s: SyncState) => s.status !== null;
const selectCounts = (s: SyncState): Record<SyncTab, number> => ({
  peers: 0,
  inbox: s.exchange?.inbox.length ?? 0,
  conflicts: s.conflicts.length,
  settings: 0,
});
const selectBound = (s: SyncState) => s.status?.binding.state === 'bound';

const PANELS: Record<SyncTab, () => ReactNode> = {
  peers: () => <PeersPanel />,
  inbox: () => <InboxPanel />,
  conflicts: () => <ConflictsPanel />,
  settings: () => (
    <div className="sync-cards">
      <IdentityCard />
      <ExchangeCard />
    </div>
  ),
};

/** Sync: parties and what went each way, the inbox, conflicts, identity and exchange folder. */
export function SyncScreen() {
  const t = useT();
  const actions = useSyncActions();
  const tab = useSync(selectTab);
  const loaded = useSync(selectLoaded);
  const bound = useSync(selectBound);
  const counts = useSync(useShallow(selectCounts));
  useEffect(() => {
    void actions.refresh();
  }, [actions]);
  const shown: SyncTab = !bound && tab === 'peers' ? 'settings' : tab;
  return (
    <div className="screen sync-screen" data-testid="sync-view">
      {loaded && <ReadyMarker />}
      <header className="screen__header">
        <div className="sync-screen__heading">
          <h1 className="screen__title">{t('sync.title')}</h1>
          <p className="hint">{t('sync.intro')}</p>
        </div>
        <div className="screen__spacer" />
        <div className="sync-screen__open">
          <button
            type="button"
            className="button button--primary"
            data-testid="sync-open-packet"
            onClick={() => void actions.openPacket()}
          >
            {t('sync.openPacket')}
          </button>
          <span className="hint">{t('sync.dropHint')}</span>
        </div>
      </header>
      <BindingBanner />
      <div className="sync-tabs" role="tablist" aria-label={t('sync.title')}>
        {SYNC_TABS.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            className="sync-tabs__tab"
            aria-selected={shown === id}
            disabled={!bound && id === 'peers'}
            data-testid={`sync-tab-${id}`}
            onClick={() => actions.setTab(id)}
          >
            {t(`sync.tab.${id}`)}
            {counts[id] > 0 && (
              <span
                className={`sync-tabs__count ${id === 'conflicts' ? 'sync-tabs__count--alert' : ''}`}
              >
                {counts[id]}
              </span>
            )}
          </button>
        ))}
      </div>
      <div className="sync-panel" role="tabpanel" data-testid={`sync-panel-${shown}`}>
        {PANELS[shown]()}
      </div>
    </div>
  );
}

import { useT } from '../../i18n/use-t.js';
import { useSync } from './sync-store.js';
import type { SyncState } from './sync-store.js';

const selectProgress = (s: SyncState) => s.progress;

/** What the services report while a packet is checked, previewed or applied. */
export function ProgressLine({ token }: { token: string | null }) {
  const t = useT();
  const progress = useSync(selectProgress);
  if (!progress || (token !== null && progress.token !== token) || progress.phase === 'done') {
    return null;
  }
  const label =
    progress.phase === 'applying'
      ? t('sync.progress.applying', { count: progress.total })
      : t(`sync.progress.${progress.phase}`);
  const share = progress.total > 0 ? progress.done / progress.total : 0;
  return (
    <div className="sync-progress" role="status" data-testid="sync-progress">
      <span>{label}</span>
      <progress max={1} value={share > 0 ? share : undefined} />
    </div>
  );
}

import './sync.css';
import { Suspense, useCallback, useEffect, useState } from 'react';
import { useT } from '../../i18n/use-t.js';
import { selectProject } from '../../store/selectors.js';
import { SyncDialogs } from '../shell/lazy-views.js';
import { useAppStore, useAppStoreApi } from '../../store/react.js';
import { syncClient } from './client.js';
import { patchSync, useSync, type SyncState } from './sync-store.js';
import { useSyncActions } from './use-sync-actions.js';

/** A sync dialog is asked for: only then is their chunk fetched, not while a project opens. */
const selectDialogAsked = (s: SyncState) =>
  s.preview !== null || s.sending !== null || s.resolving !== null;

/** Files dragged over the window while no dialog is open (a dialog may take files itself). */
const forUs = (event: DragEvent) =>
  (event.dataTransfer?.types.includes('Files') ?? false) &&
  document.querySelector('[aria-modal="true"]') === null;

/** Packet files dragged over the window: a veil while they hover, a preview once dropped. */
function useDroppedPackets(onDrop: (file: File) => void): boolean {
  const [over, setOver] = useState(false);
  useEffect(() => {
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!forUs(event)) return;
      depth += 1;
      setOver(true);
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const overWindow = (event: DragEvent) => {
      if (forUs(event)) event.preventDefault();
    };
    const drop = (event: DragEvent) => {
      if (event.defaultPrevented || !forUs(event)) return;
      event.preventDefault();
      depth = 0;
      setOver(false);
      const file = event.dataTransfer?.files[0];
      if (file) onDrop(file);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', overWindow);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', overWindow);
      window.removeEventListener('drop', drop);
    };
  }, [onDrop]);
  return over;
}

/**
 * Sync's part of the shell, on every view: main's sync events (progress, packets picked up,
 * a packet opened from the system), dropped packet files, and the sync dialogs.
 */
export function SyncLayer() {
  const t = useT();
  const app = useAppStoreApi();
  const actions = useSyncActions();
  const project = useAppStore(selectProject);
  const path = project?.path ?? null;

  useEffect(() => {
    void actions.refresh();
  }, [actions, path]);

  useEffect(() => {
    const client = syncClient();
    const off = [
      client.onEvent('sync-progress', (progress) => patchSync({ progress })),
      client.onEvent('packet-opened', (preview) => void actions.showPreview(preview)),
      client.onEvent('sync-changed', (change) => {
        const toast = app.getState().pushToast;
        const file = change.fileName ?? '';
        if (change.reason === 'auto-applied') {
          toast('info', 'sync.toast.autoApplied', {
            count: change.applied ?? 0,
            party: change.party ?? '',
            file,
          });
          void app.getState().loadGraph();
        } else if (change.reason === 'queued') {
          toast('info', 'sync.toast.queued', { file });
        } else if (change.reason === 'quarantined') {
          toast('warning', 'sync.toast.quarantined', { file, code: change.code ?? '' });
        }
        void actions.refresh();
      }),
    ];
    return () => {
      for (const unsubscribe of off) unsubscribe();
    };
  }, [actions, app]);

  const onDrop = useCallback((file: File) => void actions.openDropped(file), [actions]);
  const over = useDroppedPackets(onDrop);
  const dialogAsked = useSync(selectDialogAsked);

  return (
    <>
      {over && (
        <div className="drop-veil" data-testid="drop-veil">
          <p>{t('sync.dropOverlay')}</p>
        </div>
      )}
      {dialogAsked && (
        <Suspense fallback={null}>
          <SyncDialogs />
        </Suspense>
      )}
    </>
  );
}

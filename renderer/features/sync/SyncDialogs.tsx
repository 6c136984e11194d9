import { PreviewDialog } from './PreviewDialog.js';
import { ResolveDialog } from './ResolveDialog.js';
import { SendDialog } from './SendDialog.js';

/** Sync's dialogs, each shown while the sync store asks for it; their own chunk (lazy-views). */
export function SyncDialogs() {
  return (
    <>
      <PreviewDialog />
      <SendDialog />
      <ResolveDialog />
    </>
  );
}

import type { ReactNode } from 'react';
import type { ContractError } from '../../../shared/ipc/errors.js';
import { isMessageKey } from '../../../shared/i18n/translate.js';
import { Modal } from '../../components/Modal.js';
import { useT, type Translate } from '../../i18n/use-t.js';
import { Fingerprint } from './Fingerprint.js';
import { ImportChangesView } from './ImportChangesView.js';
import { JoinView } from './JoinView.js';
import { PacketFacts } from './PacketFacts.js';
import { ProgressLine } from './ProgressLine.js';
import { useSync, type SyncState } from './sync-store.js';
import { useSyncActions } from './use-sync-actions.js';

const selectPreview = (s: SyncState) => s.preview;
const selectBusy = (s: SyncState) => s.busy;
const selectIdentity = (s: SyncState) => s.identity;

function reasonOf(t: Translate, error: ContractError): string {
  const key = `error.${error.code}`;
  return isMessageKey(key) ? t(key, { message: error.message, ...error.params }) : error.message;
}

/**
 * A packet before anything is written: an invitation to join, a sender to confirm, the
 * changes an import would make (with its conflicts), or why it is refused.
 */
export function PreviewDialog() {
  const t = useT();
  const actions = useSyncActions();
  const preview = useSync(selectPreview);
  const busy = useSync(selectBusy);
  const identity = useSync(selectIdentity);
  if (!preview) return null;
  const { summary } = preview;
  const close = () => void actions.closePreview();
  const button = (label: string, onClick: () => void, testId: string, primary = false) => (
    <button
      type="button"
      className={primary ? 'button button--primary' : 'button'}
      disabled={busy}
      data-testid={testId}
      onClick={onClick}
    >
      {label}
    </button>
  );
  const cancel = button(t('sync.preview.cancel'), close, 'preview-cancel');

  let title = t('sync.preview.title');
  let body: ReactNode = null;
  let buttons: ReactNode = cancel;
  if (preview.outcome === 'rejected' && preview.rejection) {
    title = t('sync.preview.rejected');
    body = (
      <div className="rejection" role="alert" data-testid="preview-rejection">
        <p>{reasonOf(t, preview.rejection)}</p>
        <p className="hint" data-testid="preview-rejection-code">
          {t('sync.preview.code', { code: preview.rejection.code })}
        </p>
      </div>
    );
    buttons = button(t('sync.preview.close'), close, 'preview-close');
  } else if (preview.outcome === 'join' && summary && preview.join) {
    title = t('sync.join.title', { project: preview.join.projectName });
    body = (
      <JoinView
        summary={summary}
        join={preview.join}
        identity={identity}
        busy={busy}
        onCreateIdentity={(name) => void actions.createIdentity(name)}
      />
    );
    const join = () => void actions.join();
    buttons = (
      <>
        {cancel}
        {identity?.identity && button(t('sync.join.join'), join, 'join-confirm', true)}
      </>
    );
  } else if (preview.outcome === 'confirm-sender' && summary) {
    title = t('sync.preview.confirmTitle');
    body = (
      <div className="fingerprint-check" data-testid="confirm-sender">
        <p>{t('sync.preview.confirmBody', { party: summary.sender.name })}</p>
        <Fingerprint value={summary.sender.fingerprint} testId="sender-fingerprint" />
      </div>
    );
    const confirm = () => void actions.confirmSender(summary.sender.fingerprint);
    buttons = (
      <>
        {button(t('sync.preview.confirmDiffers'), close, 'confirm-differs')}
        {button(t('sync.preview.confirmMatch'), confirm, 'confirm-match', true)}
      </>
    );
  } else if (preview.outcome === 'nothing-new') {
    body = <p data-testid="preview-nothing-new">{t('sync.preview.nothingNew')}</p>;
    buttons = button(t('sync.preview.done'), () => void actions.apply(), 'preview-done', true);
  } else if (preview.changes) {
    body = (
      <>
        <p className="hint">{t('sync.preview.notWritten')}</p>
        <ImportChangesView changes={preview.changes} />
      </>
    );
    buttons = (
      <>
        {cancel}
        {button(t('sync.preview.apply'), () => void actions.apply(), 'preview-apply', true)}
      </>
    );
  }
  return (
    <Modal title={title} onClose={close} testId="packet-preview" wide actions={buttons}>
      <p className="hint packet-file" data-testid="preview-file">
        {preview.fileName}
      </p>
      {summary && <PacketFacts summary={summary} />}
      {body}
      <ProgressLine token={null} />
    </Modal>
  );
}

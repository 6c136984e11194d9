import { Modal } from '../../components/Modal.js';
import { useT } from '../../i18n/use-t.js';
import { countRows, entityLabel } from './format.js';
import { Fingerprint } from './Fingerprint.js';
import { ProgressLine } from './ProgressLine.js';
import { useSync, type SyncState } from './sync-store.js';
import { useSyncActions } from './use-sync-actions.js';

const selectSending = (s: SyncState) => s.sending;
const selectBusy = (s: SyncState) => s.busy;
const selectFingerprint = (s: SyncState) => s.identity?.identity?.fingerprint ?? null;
const selectIsMaker = (s: SyncState) =>
  s.status?.binding.state === 'bound' && s.status.binding.isMaker;

/**
 * "Invite / send update": what the packet for a party holds and what that party can see,
 * shown before anything is written; then a file the user picks, or the exchange folder.
 */
export function SendDialog() {
  const t = useT();
  const actions = useSyncActions();
  const sending = useSync(selectSending);
  const busy = useSync(selectBusy);
  const fingerprint = useSync(selectFingerprint);
  const isMaker = useSync(selectIsMaker);
  if (!sending) return null;
  const { preview, partyName: party } = sending;
  const invitation = preview?.kind === 'invitation';
  const title = t(invitation ? 'sync.send.titleInvite' : 'sync.send.titleUpdate', { party });
  const actionsRow = (
    <>
      <button
        type="button"
        className="button"
        onClick={actions.cancelSend}
        data-testid="send-cancel"
      >
        {t('sync.preview.cancel')}
      </button>
      {preview?.exchangeFolder && (
        <button
          type="button"
          className="button"
          disabled={busy}
          data-testid="send-to-folder"
          onClick={() => void actions.send(preview, 'exchange', sending.full)}
        >
          {t('sync.send.toFolder')}
        </button>
      )}
      <button
        type="button"
        className="button button--primary"
        disabled={busy || !preview}
        data-testid="send-save"
        onClick={() => preview && void actions.send(preview, 'file', sending.full)}
      >
        {t('sync.send.saveAs')}
      </button>
    </>
  );
  return (
    <Modal
      title={title}
      onClose={actions.cancelSend}
      testId="send-dialog"
      wide
      actions={actionsRow}
    >
      {!preview ? (
        <ProgressLine token={null} />
      ) : (
        <div className="send-view" data-testid="send-preview" data-kind={preview.kind}>
          <p>{t(invitation ? 'sync.send.invitationNote' : 'sync.send.updateNote', { party })}</p>
          {invitation && fingerprint && (
            <div className="fingerprint-check">
              <span className="fingerprint-check__label">
                {t('sync.send.tellFingerprint', { party })}
              </span>
              <Fingerprint value={fingerprint} testId="send-fingerprint" />
            </div>
          )}
          <div className="send-columns">
            <section>
              <h3 className="change-party__title">{t('sync.send.inPacket')}</h3>
              <dl className="send-figures">
                <dt>{t('sync.send.changes')}</dt>
                <dd data-testid="send-changes">{preview.changes}</dd>
                <dt>{t('sync.send.files')}</dt>
                <dd data-testid="send-files">{preview.files}</dd>
              </dl>
              <ul className="count-chips">
                {countRows(preview.records).map(({ entity, count }) => (
                  <li key={entity}>
                    <strong>{count}</strong> {entityLabel(t, entity)}
                  </li>
                ))}
              </ul>
              {preview.changes === 0 && (
                <p className="hint">{t('sync.send.nothingNew', { party })}</p>
              )}
            </section>
            <section data-testid="send-scope">
              <h3 className="change-party__title">{t('sync.send.scope', { party })}</h3>
              <ul className="count-chips">
                {countRows(preview.scope).map(({ entity, count }) => (
                  <li key={entity}>
                    <strong>{count}</strong> {entityLabel(t, entity)}
                  </li>
                ))}
              </ul>
              {isMaker && <p className="hint">{t('sync.send.scopeNote')}</p>}
            </section>
          </div>
          {!invitation && (
            <label className="checkbox-line">
              <input
                type="checkbox"
                checked={sending.full}
                disabled={busy}
                data-testid="send-full"
                onChange={(event) =>
                  void actions.startSend(sending.partyId, party, event.target.checked)
                }
              />
              {t('sync.send.full')}
            </label>
          )}
          <p className="hint">{t('sync.send.notWritten')}</p>
        </div>
      )}
    </Modal>
  );
}

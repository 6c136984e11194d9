import { useId, useMemo, useState } from 'react';
import { projectStageLabel } from '../../../../shared/i18n/stage-names.js';
import { localToday } from '../../../../shared/model/overdue.js';
import { toApiError } from '../../../api.js';
import { Modal } from '../../../components/Modal.js';
import { ModalActions } from '../../../components/ModalActions.js';
import { useT } from '../../../i18n/use-t.js';
import type { MoveRequest } from '../../../store/qualification-types.js';
import { selectLocale, selectParties } from '../../../store/selectors.js';
import { useAppStore, useAppStoreApi } from '../../../store/react.js';
import { errorText } from '../error-text.js';
import { useProjectStages } from '../use-stages.js';
import { EvidencePicker } from './EvidencePicker.js';
import { readEvidence } from './evidence-files.js';

const TITLES = {
  move: 'move.titleMove',
  report: 'move.titleReport',
  approve: 'move.titleApprove',
} as const;
const SUBMIT = {
  move: 'move.submitMove',
  report: 'move.submitReport',
  approve: 'move.submitApprove',
} as const;

/**
 * Record a stage move: the date, a comment, evidence files and the test platform. Every
 * refusal (a file too large or of a refused type, a date before the last move, a stage the
 * acting party may not set) is shown here in the user's language, and nothing is written.
 */
export function MoveDialog({ request }: { request: MoveRequest }) {
  const t = useT();
  const store = useAppStoreApi();
  const locale = useAppStore(selectLocale);
  const parties = useAppStore(selectParties);
  const link = useAppStore((s) => s.links[request.linkId]);
  const node = useAppStore((s) => (link ? s.nodes[link.nodeId] : undefined));
  const stages = useProjectStages();
  const [toStage, setToStage] = useState(request.toStage);
  const [date, setDate] = useState(localToday());
  const [comment, setComment] = useState('');
  const [platform, setPlatform] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { stage: useId(), date: useId(), comment: useId(), platform: useId() };
  const platforms = useMemo(
    () =>
      Object.values(parties).filter(
        (p) => p.kind === 'test_platform' || p.kind === 'research_institute',
      ),
    [parties],
  );
  const close = () => store.getState().requestMove(null);
  if (!link) return null;
  const label = (index: number) => projectStageLabel(locale, stages, index);

  const submit = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const evidence = await readEvidence(files);
      const outcome = await store.getState().recordMove(request.mode, {
        linkId: link.id,
        toStage,
        date,
        comment,
        ...(platform === '' || request.mode === 'approve' ? {} : { testPlatformPartyId: platform }),
        evidence,
      });
      if (outcome) setProblem(errorText(locale, outcome));
    } catch (error) {
      setProblem(errorText(locale, toApiError(error)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title={t(TITLES[request.mode])}
      testId="move-dialog"
      wide
      onClose={close}
      actions={
        <ModalActions
          cancelLabel={t('confirm.cancel')}
          onCancel={close}
          confirmLabel={t(SUBMIT[request.mode])}
          confirmTestId="move-submit"
          disabled={busy}
          onConfirm={() => void submit()}
        />
      }
    >
      <p className="move__subject" data-testid="move-subject">
        <strong>{node?.name ?? link.nodeId}</strong> — {parties[link.partyId]?.name ?? link.partyId}
      </p>
      <p className="muted" data-testid="move-current">
        {t('move.current', { stage: label(link.stage) })}
        {link.reportedStage !== null &&
          ` · ${t('move.reported', { stage: label(link.reportedStage) })}`}
      </p>
      <div className="form-grid">
        <div className="field">
          <label className="field__label" htmlFor={ids.stage}>
            {t('move.toStage')}
          </label>
          <select
            id={ids.stage}
            className="select"
            value={toStage}
            disabled={request.mode === 'approve'}
            data-testid="move-stage"
            onChange={(event) => setToStage(Number(event.target.value))}
          >
            {stages.map((stage, index) => (
              <option key={stage.key} value={index}>
                {label(index)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.date}>
            {t('move.date')}
          </label>
          <input
            id={ids.date}
            type="date"
            className="field__input"
            value={date}
            data-testid="move-date"
            onChange={(event) => setDate(event.target.value)}
          />
        </div>
        {request.mode !== 'approve' && (
          <div className="field">
            <label className="field__label" htmlFor={ids.platform}>
              {t('move.testPlatform')}
            </label>
            <select
              id={ids.platform}
              className="select"
              value={platform}
              data-testid="move-platform"
              onChange={(event) => setPlatform(event.target.value)}
            >
              <option value="">{t('move.noPlatform')}</option>
              {platforms.map((party) => (
                <option key={party.id} value={party.id}>
                  {party.name}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <div className="field">
        <label className="field__label" htmlFor={ids.comment}>
          {t('move.comment')}
        </label>
        <textarea
          id={ids.comment}
          className="field__input"
          value={comment}
          data-testid="move-comment"
          onChange={(event) => setComment(event.target.value)}
        />
      </div>
      <EvidencePicker files={files} onChange={setFiles} />
      {problem !== null && (
        <p className="form-error" role="alert" data-testid="move-error">
          {problem}
        </p>
      )}
    </Modal>
  );
}

import { useId } from 'react';
import type { LinkPatch } from '../../../../shared/ipc/contract.js';
import { LINK_ROLES, LINK_STATUSES, type SupplyLink } from '../../../../shared/model/index.js';
import { parseStageTargets } from '../../../../shared/model/json-fields.js';
import type { StageDef } from '../../../../shared/model/templates.js';
import { useT } from '../../../i18n/use-t.js';
import { selectProjectMeta } from '../../../store/selectors.js';
import { useAppStore, useAppStoreApi } from '../../../store/react.js';
import { CommitField } from '../../inspector/CommitField.js';
import { numberProblem, numberText, parseOptionalNumber } from './link-fields.js';
import { PpapChecklist } from './PpapChecklist.js';

/** Every planning field of one supply link, saved as each one is left. */
export function LinkEditor({ link, stages }: { link: SupplyLink; stages: readonly StageDef[] }) {
  const t = useT();
  const store = useAppStoreApi();
  const template = useAppStore(selectProjectMeta)?.stageTemplate;
  const ids = { role: useId(), status: useId(), first: useId(), target: useId() };
  const save = (patch: LinkPatch) => {
    void store
      .getState()
      .updateLink(link.id, patch)
      .then((outcome) => {
        if (outcome) store.getState().reportError(outcome);
      });
  };
  const next = stages[link.stage + 1];
  const targets = parseStageTargets(link.stageTargets);
  const setTarget = (date: string) => {
    if (!next) return;
    const rest = Object.fromEntries(Object.entries(targets).filter(([key]) => key !== next.key));
    save({ stageTargets: date === '' ? rest : { ...rest, [next.key]: date } });
  };
  return (
    <div className="link-editor" data-testid="link-editor">
      <div className="field field--row">
        <div className="field">
          <label className="field__label" htmlFor={ids.role}>
            {t('link.role')}
          </label>
          <select
            id={ids.role}
            className="select"
            value={link.role}
            data-testid="link-role"
            onChange={(e) => save({ role: e.target.value as SupplyLink['role'] })}
          >
            {LINK_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`link.role.${role}`)}
              </option>
            ))}
          </select>
        </div>
        <CommitField
          label={t('link.share')}
          value={numberText(link.sharePct)}
          testId="link-share"
          inputMode="decimal"
          validate={numberProblem(100)}
          onCommit={(text) => save({ sharePct: parseOptionalNumber(text, 100) ?? null })}
        />
      </div>
      <div className="field field--row">
        <CommitField
          label={t('link.leadTime')}
          value={numberText(link.leadTimeWeeks)}
          testId="link-lead"
          inputMode="decimal"
          validate={numberProblem(520)}
          onCommit={(text) => save({ leadTimeWeeks: parseOptionalNumber(text, 520) ?? null })}
        />
        <CommitField
          label={t('link.recoveryTime')}
          value={numberText(link.recoveryTimeWeeks)}
          testId="link-recovery"
          inputMode="decimal"
          validate={numberProblem(520)}
          onCommit={(text) => save({ recoveryTimeWeeks: parseOptionalNumber(text, 520) ?? null })}
        />
      </div>
      <div className="field field--row">
        <div className="field">
          <label className="field__label" htmlFor={ids.status}>
            {t('inspector.supplierStatus')}
          </label>
          <select
            id={ids.status}
            className="select"
            value={link.status}
            data-testid="link-status"
            onChange={(e) => save({ status: e.target.value as SupplyLink['status'] })}
          >
            {LINK_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`linkStatus.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.first}>
            {t('link.firstBatchDate')}
          </label>
          <input
            id={ids.first}
            type="date"
            className="field__input"
            value={link.firstBatchDate}
            data-testid="link-first-batch"
            onChange={(e) => save({ firstBatchDate: e.target.value })}
          />
        </div>
      </div>
      {link.status !== 'on_track' && (
        <CommitField
          label={t('link.statusReason')}
          value={link.statusReason}
          testId="link-reason"
          onCommit={(statusReason) => save({ statusReason })}
        />
      )}
      {next && (
        <div className="field">
          <label className="field__label" htmlFor={ids.target}>
            {t('link.nextTarget')}
          </label>
          <input
            id={ids.target}
            type="date"
            className="field__input"
            value={targets[next.key] ?? ''}
            data-testid="link-next-target"
            onChange={(e) => setTarget(e.target.value)}
          />
        </div>
      )}
      <CommitField
        label={t('inspector.notes')}
        value={link.notes}
        testId="link-notes"
        multiline
        onCommit={(notes) => save({ notes })}
      />
      {template === 'ppap' && (
        <PpapChecklist link={link} onChange={(checklist) => save({ checklist })} />
      )}
    </div>
  );
}

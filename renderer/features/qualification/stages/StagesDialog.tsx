import { useEffect, useId, useMemo, useState } from 'react';
import { PPAP_LEVELS, type PpapLevel } from '../../../../shared/model/ppap.js';
import {
  suggestStageMapping,
  type StageMappingPlan,
} from '../../../../shared/model/stage-mapping.js';
import { STAGE_TEMPLATES, type StageTemplateId } from '../../../../shared/model/stages.js';
import { templateStages, type StageDef } from '../../../../shared/model/templates.js';
import { Modal } from '../../../components/Modal.js';
import { ModalActions } from '../../../components/ModalActions.js';
import { useT } from '../../../i18n/use-t.js';
import { selectLinks, selectLocale, selectProjectMeta } from '../../../store/selectors.js';
import { useAppStore, useAppStoreApi } from '../../../store/react.js';
import { errorText } from '../error-text.js';
import { useProjectStages } from '../use-stages.js';
import { MappingPreview } from './MappingPreview.js';
import { PpapTable } from './PpapTable.js';
import { StageListEditor } from './StageListEditor.js';

/**
 * The project's stages: pick a template, rename, add, reorder, and see where every supply link
 * lands before anything changes. A change that would leave links without a stage is refused.
 */
export function StagesDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const store = useAppStoreApi();
  const locale = useAppStore(selectLocale);
  const project = useAppStore(selectProjectMeta);
  const links = useAppStore(selectLinks);
  const current = useProjectStages();
  const [template, setTemplate] = useState<StageTemplateId>(project?.stageTemplate ?? 'one_dragon');
  const [stages, setStages] = useState<StageDef[]>([...current]);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [plan, setPlan] = useState<StageMappingPlan | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const templateId = useId();
  const levelId = useId();
  const counts = useMemo(() => {
    const result = current.map(() => 0);
    for (const link of Object.values(links)) result[link.stage] = (result[link.stage] ?? 0) + 1;
    return result;
  }, [current, links]);

  useEffect(() => {
    let live = true;
    void store
      .getState()
      .previewStages({ template, stages, mapping })
      .then((result) => {
        if (!live) return;
        if ('landings' in result) {
          setPlan(result);
          setProblem(null);
        } else {
          setPlan(null);
          setProblem(errorText(locale, result));
        }
      });
    return () => {
      live = false;
    };
  }, [store, template, stages, mapping, locale]);

  const chooseTemplate = (next: StageTemplateId) => {
    const fresh = templateStages(next);
    setTemplate(next);
    setStages(fresh);
    const suggested = suggestStageMapping(current, fresh);
    setMapping(Object.fromEntries(Object.entries(suggested).filter(([from, to]) => from !== to)));
  };
  const map = (from: string, to: string | null) =>
    setMapping((m) => {
      const next = { ...m };
      if (to === null) delete next[from];
      else next[from] = to;
      return next;
    });
  const apply = async () => {
    const outcome = await store.getState().applyStages({ template, stages, mapping });
    if (outcome) setProblem(errorText(locale, outcome, current));
    else onClose();
  };

  return (
    <Modal
      title={t('stages.title')}
      testId="stages-dialog"
      wide
      onClose={onClose}
      actions={
        <ModalActions
          cancelLabel={t('confirm.cancel')}
          onCancel={onClose}
          confirmLabel={t('stages.apply')}
          confirmTestId="stages-apply"
          onConfirm={() => void apply()}
        />
      }
    >
      <div className="form-grid">
        <div className="field">
          <label className="field__label" htmlFor={templateId}>
            {t('stages.template')}
          </label>
          <select
            id={templateId}
            className="select"
            value={template}
            data-testid="stages-template"
            onChange={(e) => chooseTemplate(e.target.value as StageTemplateId)}
          >
            {STAGE_TEMPLATES.map((id) => (
              <option key={id} value={id}>
                {t(`template.${id}`)}
              </option>
            ))}
          </select>
        </div>
        {template === 'ppap' && (
          <div className="field">
            <label className="field__label" htmlFor={levelId}>
              {t('ppap.level')}
            </label>
            <select
              id={levelId}
              className="select"
              value={project?.ppapLevel ?? 3}
              data-testid="ppap-level"
              onChange={(e) => void store.getState().setPpapLevel(Number(e.target.value))}
            >
              {PPAP_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t('ppap.levelN', { level })}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <div className="stages-columns">
        <section>
          <h3 className="inspector__heading">{t('stages.list')}</h3>
          <StageListEditor stages={stages} onChange={setStages} />
        </section>
        <section>
          <h3 className="inspector__heading">{t('stages.preview')}</h3>
          <MappingPreview
            oldStages={current}
            newStages={stages}
            plan={plan}
            counts={counts}
            mapping={mapping}
            onMap={map}
          />
        </section>
      </div>
      {template === 'ppap' && <PpapTable level={(project?.ppapLevel ?? 3) as PpapLevel} />}
      {problem !== null && (
        <p className="form-error" role="alert" data-testid="stages-error">
          {problem}
        </p>
      )}
    </Modal>
  );
}

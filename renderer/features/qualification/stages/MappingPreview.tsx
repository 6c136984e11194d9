import { stageDefName } from '../../../../shared/i18n/stage-names.js';
import type { StageMappingPlan } from '../../../../shared/model/stage-mapping.js';
import type { StageDef } from '../../../../shared/model/templates.js';
import { useT } from '../../../i18n/use-t.js';
import { selectLocale } from '../../../store/selectors.js';
import { useAppStore } from '../../../store/react.js';

interface MappingPreviewProps {
  oldStages: readonly StageDef[];
  newStages: readonly StageDef[];
  plan: StageMappingPlan | null;
  counts: readonly number[];
  mapping: Readonly<Record<string, string>>;
  onMap: (oldKey: string, newKey: string | null) => void;
}

/** Where each stage's links land in the new list; stages the new list lacks need a choice. */
export function MappingPreview(props: MappingPreviewProps) {
  const { oldStages, newStages, plan, counts, mapping, onMap } = props;
  const t = useT();
  const locale = useAppStore(selectLocale);
  const newKeys = new Set(newStages.map((s) => s.key));
  return (
    <div data-testid="stage-preview">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('stages.from')}</th>
            <th scope="col" className="num">
              {t('stages.linkCount')}
            </th>
            <th scope="col">{t('stages.to')}</th>
          </tr>
        </thead>
        <tbody>
          {oldStages.map((stage, index) => {
            const kept = newKeys.has(stage.key) && !Object.hasOwn(mapping, stage.key);
            const target = plan?.stageMap[stage.key] ?? null;
            const orphan = plan?.orphanStages.includes(stage.key) ?? false;
            return (
              <tr key={stage.key} data-testid="preview-row" data-orphan={orphan}>
                <th scope="row">
                  {index} {stageDefName(locale, stage)}
                </th>
                <td className="num">{counts[index] ?? 0}</td>
                <td className={orphan ? 'plan__late' : undefined}>
                  {kept ? (
                    stageDefName(locale, newStages.find((s) => s.key === stage.key) ?? stage)
                  ) : (
                    <select
                      className="select"
                      value={target ?? ''}
                      aria-label={t('stages.mapTo', { stage: stageDefName(locale, stage) })}
                      data-testid="preview-map"
                      onChange={(e) =>
                        onMap(stage.key, e.target.value === '' ? null : e.target.value)
                      }
                    >
                      <option value="">{t('stages.unmapped')}</option>
                      {newStages.map((s, i) => (
                        <option key={s.key} value={s.key}>
                          {i} {stageDefName(locale, s)}
                        </option>
                      ))}
                    </select>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {plan && (
        <p className={plan.ok ? 'hint' : 'form-error'} data-testid="preview-summary">
          {plan.ok
            ? t('stages.previewOk', { count: plan.landings.length })
            : t('stages.previewOrphans', { count: plan.orphanLinkIds.length })}
        </p>
      )}
    </div>
  );
}

import { stageDefName } from '../../../../shared/i18n/stage-names.js';
import type { SupplyLink, Transition } from '../../../../shared/model/index.js';
import { localToday, stagePlanVsActual } from '../../../../shared/model/overdue.js';
import type { StageDef } from '../../../../shared/model/templates.js';
import { useT } from '../../../i18n/use-t.js';
import { selectLocale } from '../../../store/selectors.js';
import { useAppStore } from '../../../store/react.js';

interface PlanTableProps {
  link: SupplyLink;
  stages: readonly StageDef[];
  transitions: readonly Transition[];
}

/** Planned against actual, stage by stage: the target, the approval, the supplier's report. */
export function PlanTable({ link, stages, transitions }: PlanTableProps) {
  const t = useT();
  const locale = useAppStore(selectLocale);
  const rows = stagePlanVsActual(link, stages, transitions, localToday());
  return (
    <table className="table plan" data-testid="plan-table">
      <thead>
        <tr>
          <th scope="col">{t('timeline.stage')}</th>
          <th scope="col">{t('timeline.planned')}</th>
          <th scope="col">{t('timeline.approved')}</th>
          <th scope="col">{t('timeline.reported')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const stage = stages[row.index];
          const here = row.index === link.stage;
          return (
            <tr
              key={row.key}
              className={here ? 'plan__row plan__row--current' : 'plan__row'}
              data-testid="plan-row"
              data-late={row.late}
            >
              <th scope="row">
                {row.index} {stage ? stageDefName(locale, stage) : row.key}
                {here && <span className="tag tag--ok">{t('timeline.official')}</span>}
                {row.index === link.reportedStage && !here && (
                  <span className="tag tag--info">{t('timeline.claimed')}</span>
                )}
              </th>
              <td className={row.late ? 'plan__late' : undefined}>
                {row.planned === '' ? '—' : row.planned}
                {row.late && <span className="visually-hidden">{t('timeline.late')}</span>}
              </td>
              <td>{row.approved === '' ? '—' : row.approved}</td>
              <td>{row.reported === '' ? '—' : row.reported}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

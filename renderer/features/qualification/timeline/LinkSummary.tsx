import { projectStageLabel } from '../../../../shared/i18n/stage-names.js';
import { originOf } from '../../../../shared/model/countries.js';
import type { SupplyLink } from '../../../../shared/model/index.js';
import { isOverdue, localToday, nextStageTarget } from '../../../../shared/model/overdue.js';
import type { StageDef } from '../../../../shared/model/templates.js';
import { countryName } from '../../../i18n/countries.js';
import { useT } from '../../../i18n/use-t.js';
import { selectLocale, selectParties, selectProjectMeta } from '../../../store/selectors.js';
import { useAppStore, useAppStoreApi } from '../../../store/react.js';

/** A supply link at a glance: official and reported stage side by side, plan, status, actions. */
export function LinkSummary({ link, stages }: { link: SupplyLink; stages: readonly StageDef[] }) {
  const t = useT();
  const store = useAppStoreApi();
  const locale = useAppStore(selectLocale);
  const parties = useAppStore(selectParties);
  const home = useAppStore(selectProjectMeta)?.homeCountry ?? '';
  const party = parties[link.partyId];
  const origin = originOf(party?.country ?? '', home);
  const overdue = isOverdue(link, stages, localToday());
  const target = nextStageTarget(link, stages);
  const claim = link.reportedStage !== null && link.reportedStage !== link.stage;
  const state = store.getState();
  const next = Math.min(stages.length - 1, link.stage + 1);
  return (
    <div className="link-summary" data-testid="link-summary" data-link-id={link.id}>
      <div className="link-summary__head">
        <strong>{party?.name ?? link.partyId}</strong>
        <span className={`origin-badge origin-badge--${origin}`}>
          {t(origin === 'domestic' ? 'badge.domestic' : 'badge.import')}
        </span>
        <span className="muted">{countryName(locale, party?.country ?? '')}</span>
        <span className={`status status--${link.status}`}>{t(`linkStatus.${link.status}`)}</span>
      </div>
      <div className="stage-pair">
        <div className="stage-pair__box" data-testid="official-stage">
          <span className="field__label">{t('timeline.officialStage')}</span>
          <span>{projectStageLabel(locale, stages, link.stage)}</span>
        </div>
        <div
          className={`stage-pair__box${claim ? ' stage-pair__box--claim' : ''}`}
          data-testid="reported-stage"
        >
          <span className="field__label">{t('timeline.reportedStage')}</span>
          <span>
            {link.reportedStage === null
              ? '—'
              : projectStageLabel(locale, stages, link.reportedStage)}
          </span>
        </div>
      </div>
      <dl className="facts">
        <dt>{t('timeline.nextTarget')}</dt>
        <dd className={overdue ? 'plan__late' : undefined} data-testid="summary-target">
          {target === '' ? '—' : target}
          {overdue && ` · ${t('board.overdueShort')}`}
        </dd>
        <dt>{t('link.firstBatchDate')}</dt>
        <dd>{link.firstBatchDate === '' ? '—' : link.firstBatchDate}</dd>
        <dt>{t('link.leadRecovery')}</dt>
        <dd>
          {t('link.weeks', {
            lead: link.leadTimeWeeks ?? '—',
            recovery: link.recoveryTimeWeeks ?? '—',
          })}
        </dd>
      </dl>
      {link.status !== 'on_track' && link.statusReason !== '' && (
        <p className="link-summary__reason">{link.statusReason}</p>
      )}
      <div className="link-summary__actions">
        <button
          type="button"
          className="button"
          data-testid="summary-move"
          onClick={() => state.requestMove({ linkId: link.id, toStage: next, mode: 'move' })}
        >
          {t('link.move')}
        </button>
        <button
          type="button"
          className="button"
          data-testid="summary-report"
          onClick={() => state.requestMove({ linkId: link.id, toStage: next, mode: 'report' })}
        >
          {t('link.report')}
        </button>
        {claim && link.reportedStage !== null && (
          <button
            type="button"
            className="button button--primary"
            data-testid="summary-approve"
            onClick={() =>
              state.requestMove({
                linkId: link.id,
                toStage: link.reportedStage ?? 0,
                mode: 'approve',
              })
            }
          >
            {t('link.approve')}
          </button>
        )}
      </div>
    </div>
  );
}

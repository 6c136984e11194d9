import { useMemo } from 'react';
import type { MetricsReport } from '../../../shared/graph/metrics/report.js';
import { useT } from '../../i18n/use-t.js';
import { selectLocale } from '../../store/selectors.js';
import { useAppStore } from '../../store/react.js';
import { EChart } from './charts/EChart.js';
import { stageOption } from './charts/stage-option.js';
import { trendOption } from './charts/trend-option.js';
import { formatPercent } from './format.js';
import { RateCard } from './RateCard.js';
import { RiskCounts, RiskSummary } from './RiskSummary.js';
import { RollUpTable } from './RollUpTable.js';
import { TopRisks } from './TopRisks.js';

/** The metrics tab: the two rates against targets, risks, trend, stages, roll-ups. */
export function MetricsPanel({
  report,
  stageNames,
}: {
  report: MetricsReport;
  stageNames: readonly string[];
}) {
  const t = useT();
  const locale = useAppStore(selectLocale);
  const trend = useMemo(
    () =>
      trendOption(report.trend, report.targets, {
        selfSufficiency: t('dashboard.selfSufficiency'),
        processAdoption: t('dashboard.processAdoption'),
        target: (target) =>
          t('dashboard.target', { year: target.year, value: formatPercent(locale, target.value) }),
        percent: (value) => formatPercent(locale, value),
      }),
    [report, t, locale],
  );
  const stages = useMemo(
    () =>
      stageOption(report.stageDistribution, {
        stage: (index) => stageNames[index] ?? String(index),
        domestic: t('badge.domestic'),
        import: t('badge.import'),
      }),
    [report, t, stageNames],
  );
  return (
    <div className="dashboard__grid">
      <div className="dashboard__kpis">
        <RateCard
          title={t('dashboard.selfSufficiency')}
          hint={t('dashboard.selfSufficiencyHint')}
          rate={report.selfSufficiency}
          targets={report.targets.selfSufficiency}
          testId="kpi-self-sufficiency"
        />
        <RateCard
          title={t('dashboard.processAdoption')}
          hint={t('dashboard.processAdoptionHint')}
          rate={report.processAdoption}
          targets={report.targets.processAdoption}
          testId="kpi-process-adoption"
        />
        <RiskSummary report={report} />
      </div>
      <section className="panel">
        <h2 className="panel__title">{t('dashboard.trend')}</h2>
        {report.trend.length === 0 ? (
          <p className="muted">{t('dashboard.trendEmpty')}</p>
        ) : (
          <EChart option={trend} label={t('dashboard.trend')} testId="trend-chart" />
        )}
      </section>
      <section className="panel">
        <h2 className="panel__title">{t('dashboard.stageDistribution')}</h2>
        <EChart option={stages} label={t('dashboard.stageDistribution')} testId="stage-chart" />
      </section>
      <TopRisks report={report} stageNames={stageNames} />
      <RiskCounts report={report} />
      <RollUpTable report={report} />
    </div>
  );
}

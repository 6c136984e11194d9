import { RISK_FLAGS, SEVERITIES, FLAG_SEVERITY } from '../../../shared/graph/metrics/flag-codes.js';
import type { MetricsReport } from '../../../shared/graph/metrics/report.js';
import { useT } from '../../i18n/use-t.js';

/** How many need nodes are flagged, by their worst severity. */
export function RiskSummary({ report }: { report: MetricsReport }) {
  const t = useT();
  return (
    <section className="kpi kpi--risks" data-testid="kpi-risks" data-count={report.flaggedNodes}>
      <h2 className="kpi__title">{t('dashboard.risks')}</h2>
      <p className="kpi__value">{report.flaggedNodes}</p>
      <p className="kpi__fraction">{t('dashboard.flaggedNodes')}</p>
      <ul className="severity-list">
        {SEVERITIES.map((severity) => (
          <li key={severity} className={`severity severity--${severity}`} data-severity={severity}>
            <span className="severity__dot" aria-hidden="true" />
            <span className="severity__label">{t(`risk.severity.${severity}`)}</span>
            <span className="severity__count">{report.severityCounts[severity]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Need nodes per flag, in severity order, with a bar each. */
export function RiskCounts({ report }: { report: MetricsReport }) {
  const t = useT();
  const max = Math.max(1, ...RISK_FLAGS.map((code) => report.flagCounts[code]));
  return (
    <section className="panel" data-testid="risk-counts">
      <h2 className="panel__title">{t('dashboard.riskCounts')}</h2>
      <dl className="risk-bars">
        {RISK_FLAGS.map((code) => (
          <div
            className="risk-bars__row"
            key={code}
            data-testid={`risk-count-${code}`}
            data-count={report.flagCounts[code]}
          >
            <dt className="risk-bars__label">{t(`risk.flag.${code}`)}</dt>
            <dd className="risk-bars__value">
              <span
                className={`risk-bars__bar severity--${FLAG_SEVERITY[code]}`}
                style={{ width: `${String((report.flagCounts[code] / max) * 100)}%` }}
              />
              <span className="risk-bars__count">{report.flagCounts[code]}</span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

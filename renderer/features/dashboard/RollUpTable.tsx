import type { MetricsReport } from '../../../shared/graph/metrics/report.js';
import type { Rate } from '../../../shared/graph/metrics/rate.js';
import type { RollUp } from '../../../shared/graph/metrics/rollup.js';
import { useT } from '../../i18n/use-t.js';
import { selectLocale } from '../../store/selectors.js';
import { useAppStore, useAppStoreApi } from '../../store/react.js';
import { formatPercent } from './format.js';
import { showInGraph } from './show-in-graph.js';

function RateCell({ rate, testId }: { rate: Rate; testId: string }) {
  const locale = useAppStore(selectLocale);
  return (
    <td
      className="rollups__rate"
      data-testid={testId}
      data-numerator={rate.numerator}
      data-denominator={rate.denominator}
    >
      <span className="rollups__value">{formatPercent(locale, rate.value)}</span>
      <span className="rollups__parts">
        {rate.denominator === 0 ? '' : `${String(rate.numerator)}/${String(rate.denominator)}`}
      </span>
      <span className="rollups__bar" aria-hidden="true">
        <span style={{ width: `${String((rate.value ?? 0) * 100)}%` }} />
      </span>
    </td>
  );
}

/** Both rates per product/system and per subsystem, over everything upstream of each. */
export function RollUpTable({ report }: { report: MetricsReport }) {
  const t = useT();
  const store = useAppStoreApi();
  const rows: RollUp[] = [...report.byProduct, ...report.bySubsystem];
  return (
    <section className="panel panel--full" data-testid="rollups">
      <h2 className="panel__title">{t('dashboard.rollUps')}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('dashboard.noRollUps')}</p>
      ) : (
        <table className="rollups">
          <thead>
            <tr>
              <th scope="col">{t('dashboard.rollUpName')}</th>
              <th scope="col">{t('dashboard.selfSufficiency')}</th>
              <th scope="col">{t('dashboard.processAdoption')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.nodeId}
                className={`rollups__row rollups__row--${row.kind}`}
                data-testid="rollup-row"
                data-node-id={row.nodeId}
              >
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    title={t('dashboard.showInGraph', { name: row.name })}
                    onClick={() => showInGraph(store, row.nodeId)}
                  >
                    {row.name}
                  </button>
                  <span className="rollups__kind">{t(`kind.${row.kind}`)}</span>
                </th>
                <RateCell rate={row.selfSufficiency} testId="rollup-self-sufficiency" />
                <RateCell rate={row.processAdoption} testId="rollup-process-adoption" />
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

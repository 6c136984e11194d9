import { RISK_FLAGS } from '../../../shared/graph/metrics/flag-codes.js';
import type {
  AffectedNode,
  RateChange,
  WhatIfResult,
} from '../../../shared/graph/metrics/what-if.js';
import { useT } from '../../i18n/use-t.js';
import { selectLocale } from '../../store/selectors.js';
import { useAppStore, useAppStoreApi } from '../../store/react.js';
import { formatPercent } from './format.js';
import { showInGraph } from './show-in-graph.js';

const LISTED = 40;

function Change({ change, testId }: { change: RateChange; testId: string }) {
  const t = useT();
  const locale = useAppStore(selectLocale);
  const { before, after } = change;
  const drop = before.value !== null && after.value !== null ? after.value - before.value : 0;
  return (
    <span
      className={drop < 0 ? 'change change--down' : 'change'}
      data-testid={testId}
      data-before={before.numerator}
      data-after={after.numerator}
    >
      {formatPercent(locale, before.value)} → <strong>{formatPercent(locale, after.value)}</strong>
      {drop < 0 && (
        <span className="change__delta">
          {' '}
          ({t('whatIf.points', { points: (Math.round(drop * 1000) / 10).toLocaleString(locale) })})
        </span>
      )}
    </span>
  );
}

function NodeList({ nodes, testId }: { nodes: readonly AffectedNode[]; testId: string }) {
  const t = useT();
  const store = useAppStoreApi();
  return (
    <ul className="affected" data-testid={testId}>
      {nodes.slice(0, LISTED).map((node) => (
        <li
          key={node.nodeId}
          className="affected__item"
          data-node-id={node.nodeId}
          data-impact={node.impact}
        >
          <span className={`impact impact--${node.impact}`}>
            {t(`whatIf.impact.${node.impact}`)}
          </span>
          <button
            type="button"
            className="link-button"
            onClick={() => showInGraph(store, node.nodeId)}
          >
            {node.name}
          </button>
          {node.keyItem && <span className="risk-list__key">★</span>}
          <span className="risk-list__kind">{t(`kind.${node.kind}`)}</span>
        </li>
      ))}
      {nodes.length > LISTED && <li className="muted">… {nodes.length - LISTED}</li>}
    </ul>
  );
}

/** What a what-if scenario does: metric drops, items without supplier, everything affected. */
export function WhatIfResults({ result }: { result: WhatIfResult }) {
  const t = useT();
  const flagChanges = RISK_FLAGS.filter(
    (code) => result.flagCounts.before[code] !== result.flagCounts.after[code],
  );
  return (
    <div className="what-if__results" data-testid="what-if-results">
      <section className="panel">
        <h3 className="panel__title">{t('whatIf.metrics')}</h3>
        <p className="muted">{t('whatIf.lostLinks', { count: result.lostLinks })}</p>
        <dl className="what-if__metrics">
          <dt>{t('dashboard.selfSufficiency')}</dt>
          <dd>
            <Change change={result.selfSufficiency} testId="what-if-self-sufficiency" />
          </dd>
          <dt>{t('dashboard.processAdoption')}</dt>
          <dd>
            <Change change={result.processAdoption} testId="what-if-process-adoption" />
          </dd>
        </dl>
        {flagChanges.length > 0 && (
          <ul className="what-if__flags">
            {flagChanges.map((code) => (
              <li key={code}>
                {t('whatIf.flagChange', {
                  flag: t(`risk.flag.${code}`),
                  before: result.flagCounts.before[code],
                  after: result.flagCounts.after[code],
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="panel">
        <h3 className="panel__title">
          {t('whatIf.noSupplier')} <span className="count">{result.noSupplier.length}</span>
        </h3>
        {result.noSupplier.length === 0 ? (
          <p className="muted">{t('whatIf.noneAffected')}</p>
        ) : (
          <NodeList nodes={result.noSupplier} testId="what-if-no-supplier" />
        )}
      </section>
      <section className="panel">
        <h3 className="panel__title">
          {t('whatIf.rollUps')} <span className="count">{result.rollUps.length}</span>
        </h3>
        {result.rollUps.length === 0 ? (
          <p className="muted">{t('whatIf.noRollUpChange')}</p>
        ) : (
          <table className="rollups" data-testid="what-if-rollups">
            <tbody>
              {result.rollUps.map((roll) => (
                <tr key={roll.nodeId} data-node-id={roll.nodeId}>
                  <th scope="row">
                    {roll.name} <span className="rollups__kind">{t(`kind.${roll.kind}`)}</span>
                  </th>
                  <td>
                    <Change change={roll.selfSufficiency} testId="what-if-rollup-ss" />
                  </td>
                  <td>
                    <Change change={roll.processAdoption} testId="what-if-rollup-pa" />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="panel">
        <h3 className="panel__title">
          {t('whatIf.affected')} <span className="count">{result.affected.length}</span>
        </h3>
        {result.affected.length === 0 ? (
          <p className="muted">{t('whatIf.noneAffected')}</p>
        ) : (
          <NodeList nodes={result.affected} testId="what-if-affected" />
        )}
      </section>
    </div>
  );
}

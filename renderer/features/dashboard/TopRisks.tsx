import { useMemo } from 'react';
import type { RiskFlag } from '../../../shared/graph/metrics/flag-codes.js';
import { flagReason } from '../../../shared/graph/metrics/reason.js';
import type { MetricsReport } from '../../../shared/graph/metrics/report.js';
import { useT } from '../../i18n/use-t.js';
import { selectLocale } from '../../store/selectors.js';
import { useAppStore, useAppStoreApi } from '../../store/react.js';
import { showInGraph } from './show-in-graph.js';

const SHOWN = 8;

/** The worst-flagged need nodes, each with its flags, its worst reason and a way to the graph. */
export function TopRisks({
  report,
  stageNames,
}: {
  report: MetricsReport;
  stageNames: readonly string[];
}) {
  const t = useT();
  const locale = useAppStore(selectLocale);
  const store = useAppStoreApi();
  const flagsByNode = useMemo(() => {
    const map = new Map<string, RiskFlag[]>();
    for (const flag of report.flags) map.set(flag.nodeId, [...(map.get(flag.nodeId) ?? []), flag]);
    return map;
  }, [report.flags]);
  const stageName = (stage: number) => stageNames[stage] ?? String(stage);
  const shown = report.topRisks.slice(0, SHOWN);
  return (
    <section className="panel" data-testid="top-risks">
      <h2 className="panel__title">{t('dashboard.topRisks')}</h2>
      {shown.length === 0 && <p className="muted">{t('dashboard.noRisks')}</p>}
      <ol className="risk-list">
        {shown.map((risk) => {
          const worst = flagsByNode.get(risk.nodeId)?.[0];
          return (
            <li
              key={risk.nodeId}
              className="risk-list__item"
              data-testid="top-risk"
              data-node-id={risk.nodeId}
            >
              <span className={`severity__dot severity--${risk.severity}`} aria-hidden="true" />
              <div className="risk-list__body">
                <div className="risk-list__head">
                  <button
                    type="button"
                    className="link-button risk-list__name"
                    title={t('dashboard.showInGraph', { name: risk.name })}
                    data-testid="show-in-graph"
                    onClick={() => showInGraph(store, risk.nodeId)}
                  >
                    {risk.name}
                  </button>
                  {risk.keyItem && (
                    <span className="risk-list__key" title={t('node.keyItem')}>
                      ★
                    </span>
                  )}
                  <span className="risk-list__kind">{t(`kind.${risk.kind}`)}</span>
                </div>
                <ul className="chips">
                  {risk.flags.map((flag) => (
                    <li key={flag} className="chip" data-flag={flag}>
                      {t(`risk.flag.${flag}`)}
                    </li>
                  ))}
                </ul>
                {worst && (
                  <p className="risk-list__reason">{flagReason(locale, worst, stageName)}</p>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      {report.flaggedNodes > SHOWN && (
        <p className="muted risk-list__more">
          {t('dashboard.moreRisks', { count: report.flaggedNodes - SHOWN })}
        </p>
      )}
    </section>
  );
}

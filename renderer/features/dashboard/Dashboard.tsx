import { useState } from 'react';
import { ReadyMarker } from '../../components/ReadyMarker.js';
import { useT } from '../../i18n/use-t.js';
import './dashboard.css';
import { MetricsPanel } from './MetricsPanel.js';
import { useMetricsReport } from './use-metrics.js';
import { useStageNames } from './use-stage-names.js';
import { WhatIfPanel } from './WhatIfPanel.js';

type Tab = 'metrics' | 'whatIf';
const TABS: readonly { tab: Tab; key: 'dashboard.tabMetrics' | 'dashboard.tabWhatIf' }[] = [
  { tab: 'metrics', key: 'dashboard.tabMetrics' },
  { tab: 'whatIf', key: 'dashboard.tabWhatIf' },
];

/** The dashboard view: metrics against the policy targets, risks, and the what-if. */
export function Dashboard() {
  const t = useT();
  const report = useMetricsReport();
  const stageNames = useStageNames();
  const [tab, setTab] = useState<Tab>('metrics');
  return (
    <div className="dashboard" data-testid="dashboard-view">
      <header className="dashboard__head">
        <div>
          <h1 className="dashboard__title">{t('dashboard.title')}</h1>
          {report && (
            <p className="muted" data-testid="dashboard-as-of">
              {t('dashboard.asOf', {
                date: report.today,
                stage: stageNames[report.batchStage] ?? String(report.batchStage),
              })}
            </p>
          )}
        </div>
        <div className="tabs" role="tablist" aria-label={t('dashboard.tabs')}>
          {TABS.map((item) => (
            <button
              key={item.tab}
              type="button"
              role="tab"
              className="tabs__tab"
              aria-selected={tab === item.tab}
              data-testid={`dashboard-tab-${item.tab}`}
              onClick={() => setTab(item.tab)}
            >
              {t(item.key)}
            </button>
          ))}
        </div>
      </header>
      {!report && <p className="muted">{t('dashboard.loading')}</p>}
      {report && <ReadyMarker />}
      {report && tab === 'metrics' && <MetricsPanel report={report} stageNames={stageNames} />}
      {tab === 'whatIf' && <WhatIfPanel />}
    </div>
  );
}

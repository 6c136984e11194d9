import { useEffect, useState } from 'react';
import { useT } from '../../i18n/use-t.js';
import { useAppStore, useAppStoreApi } from '../../store/react.js';
import type { AppState } from '../../store/types.js';
import { cancelLayout } from './layout/layout-runner.js';
import { traceResult } from './view-state.js';

const selectTrace = (state: AppState) => state.trace;
const selectTraceResult = (state: AppState) => traceResult(state);
const selectLayoutRun = (state: AppState) => state.layoutRun;

function Elapsed({ since }: { since: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(timer);
  }, []);
  return <>{((now - since) / 1000).toFixed(1)}</>;
}

/** Over the canvas: what a trace lit up (with counts), or the running layout (cancellable). */
export function StatusBanner() {
  const t = useT();
  const store = useAppStoreApi();
  const trace = useAppStore(selectTrace);
  const traced = useAppStore(selectTraceResult);
  const run = useAppStore(selectLayoutRun);
  if (run) {
    return (
      <div className="banner banner--progress" role="status" data-testid="layout-progress">
        <span className="banner__spinner" aria-hidden="true" />
        <span>
          {t(`layout.phase.${run.phase}`, { count: run.nodeCount })} ·{' '}
          <Elapsed since={run.startedAt} /> s
        </span>
        <div className="banner__bar" aria-hidden="true">
          <div className={`banner__fill banner__fill--${run.phase}`} />
        </div>
        <button
          type="button"
          className="button"
          data-testid="layout-cancel"
          disabled={run.phase === 'saving'}
          onClick={() => cancelLayout(store)}
        >
          {t('layout.cancel')}
        </button>
      </div>
    );
  }
  if (!trace || !traced) return null;
  return (
    <div className="banner" role="status" data-testid="trace-banner">
      <span>
        {t(trace.direction === 'upstream' ? 'trace.summaryUpstream' : 'trace.summaryDownstream', {
          from: trace.fromIds.length,
          nodes: traced.nodeIds.size - trace.fromIds.length,
          edges: traced.edgeCount,
        })}
      </span>
      <button
        type="button"
        className="button"
        data-testid="trace-clear"
        onClick={() => store.getState().setTrace(null)}
      >
        {t('trace.clear')}
      </button>
    </div>
  );
}

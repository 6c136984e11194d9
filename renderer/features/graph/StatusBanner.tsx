import { useT } from '../../i18n/use-t.js';
import { useAppStore, useAppStoreApi } from '../../store/react.js';
import type { AppState } from '../../store/types.js';
import { LayoutProgress } from './layout/LayoutProgress.js';
import { traceResult } from './view-state.js';

const selectTrace = (state: AppState) => state.trace;
const selectTraceResult = (state: AppState) => traceResult(state);
const selectLayoutRun = (state: AppState) => state.layoutRun;

/** Over the canvas: what a trace lit up (with counts), or the running layout (cancellable). */
export function StatusBanner() {
  const t = useT();
  const store = useAppStoreApi();
  const trace = useAppStore(selectTrace);
  const traced = useAppStore(selectTraceResult);
  const run = useAppStore(selectLayoutRun);
  if (run) return <LayoutProgress run={run} />;
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

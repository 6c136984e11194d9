import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { MetricsReport } from '../../../shared/graph/metrics/report.js';
import type { AppState } from '../../store/types.js';
import { useAppStore, useAppStoreApi } from '../../store/react.js';
import { useApiClient } from './api-client.js';

/** The parts of the loaded project whose change makes the metrics stale. */
const selectSupplyData = (s: AppState) => ({
  projectMeta: s.projectMeta,
  nodes: s.nodes,
  edges: s.edges,
  links: s.links,
  parties: s.parties,
});

/** Edits often come in bursts (a paste, an import): ask once they settle. */
const REFRESH_DELAY_MS = 250;

/**
 * The open project's metrics report from `metrics.get`, fetched when the dashboard shows and
 * again after the graph or its supply links change. Null until the first answer arrives.
 */
export function useMetricsReport(): MetricsReport | null {
  const client = useApiClient();
  const store = useAppStoreApi();
  const { projectMeta, nodes, edges, links, parties } = useAppStore(useShallow(selectSupplyData));
  const [report, setReport] = useState<MetricsReport | null>(null);

  useEffect(() => {
    if (!projectMeta) return;
    let current = true;
    const timer = setTimeout(() => {
      client
        .call('metrics.get')
        .then((value) => {
          if (current) setReport(value);
        })
        .catch((error: unknown) => store.getState().reportError(error));
    }, REFRESH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [client, store, projectMeta, nodes, edges, links, parties]);

  return report;
}

import { useMemo } from 'react';
import { selectEdges, selectNodes, selectSelectedNodeIds } from '../../../store/selectors.js';
import { useAppStore } from '../../../store/react.js';
import type { AppState } from '../../../store/types.js';
import { litNodeIds, visibleNodeIds } from '../view-state.js';
import { primedEdgeList, primedOverview } from './opening-overview.js';
import { buildOverviewData, type OverviewData } from './overview-data.js';
import { useThrottled } from './use-throttled.js';

/** The whole-graph drawings follow a drag or a layout at most this often. */
const REDRAW_MS = 250;

const selectVisible = (state: AppState) => visibleNodeIds(state);
const selectLit = (state: AppState) => litNodeIds(state);

/** The shown graph as drawing arrays, rebuilt only when what it shows changed. */
export function useOverviewData(): OverviewData {
  const ids = useAppStore(selectVisible);
  const nodes = useThrottled(useAppStore(selectNodes), REDRAW_MS);
  const edges = useAppStore(selectEdges);
  // Listed once per change of the needs edges, not per move of the need nodes: listing a
  // 15,000-key record took longer than packing the whole graph.
  const edgeList = useMemo(() => primedEdgeList(edges) ?? Object.values(edges), [edges]);
  const lit = useAppStore(selectLit);
  const selected = useAppStore(selectSelectedNodeIds);
  return useMemo(
    () =>
      primedOverview(ids, nodes, edgeList, lit, selected) ??
      buildOverviewData(ids, nodes, edgeList, lit, new Set(selected)),
    [ids, nodes, edgeList, lit, selected],
  );
}

import { useMemo, useState } from 'react';
import type { AppState } from '../../store/types.js';
import { useT } from '../../i18n/use-t.js';
import {
  selectEdges,
  selectLocale,
  selectNodes,
  selectSelectedEdgeIds,
  selectSelectedNodeIds,
} from '../../store/selectors.js';
import { useAppStore } from '../../store/react.js';
import { createFlowEdgeBuilder } from './flow-edges.js';
import { createFlowNodeBuilder, type FlowNeedNode, type FlowNeedsEdge } from './flow-model.js';
import { hiddenNodeIds, litNodeIds, visibleNodeIds } from './view-state.js';
import { SpatialGrid } from './window/spatial-grid.js';
import type { ViewWindow } from './window/use-view-window.js';
import { edgeIdsByNode, windowedIds } from './window/windowed-ids.js';

const NONE: FlowNeedNode[] = [];
const NO_EDGES: FlowNeedsEdge[] = [];

const selectVisibleIds = (state: AppState) => visibleNodeIds(state);
const selectHidden = (state: AppState) => hiddenNodeIds(state);
const selectLit = (state: AppState) => litNodeIds(state);

/**
 * React Flow's nodes and edges for the view's window (see `windowedIds`), rebuilt from the
 * store keeping unchanged objects as they were: need nodes folded under a collapsed one are
 * left out, and those outside a search, filter or trace are dimmed. No window gives React
 * Flow nothing (the overview layer draws instead).
 */
export function useFlowElements(viewWindow: ViewWindow | null) {
  const locale = useAppStore(selectLocale);
  const nodeIds = useAppStore(selectVisibleIds);
  const hidden = useAppStore(selectHidden);
  const lit = useAppStore(selectLit);
  const nodes = useAppStore(selectNodes);
  const edges = useAppStore(selectEdges);
  const selectedNodeIds = useAppStore(selectSelectedNodeIds);
  const selectedEdgeIds = useAppStore(selectSelectedEdgeIds);
  const [grid] = useState(() => new SpatialGrid());
  const [buildNodes] = useState(createFlowNodeBuilder);
  const [buildEdges] = useState(createFlowEdgeBuilder);
  // Only windowed cards need it: the overview, shown first on a big graph, does without.
  const windowed = viewWindow !== null;
  const byNode = useMemo(() => (windowed ? edgeIdsByNode(edges) : null), [windowed, edges]);

  const shown = useMemo(() => {
    if (!viewWindow || !byNode) return null;
    grid.sync(nodeIds, nodes);
    return windowedIds(grid.query(viewWindow.box), byNode, edges, hidden);
  }, [viewWindow, grid, nodeIds, nodes, byNode, edges, hidden]);

  const flowNodes = useMemo(
    () =>
      shown ? buildNodes(shown.nodeIds, nodes, new Set(selectedNodeIds), lit, shown.farEnds) : NONE,
    [shown, buildNodes, nodes, selectedNodeIds, lit],
  );
  const flowEdges = useMemo(
    () =>
      shown
        ? buildEdges(locale, shown.edgeIds, edges, nodes, new Set(selectedEdgeIds), lit)
        : NO_EDGES,
    [shown, buildEdges, locale, edges, nodes, selectedEdgeIds, lit],
  );
  return { flowNodes, flowEdges };
}

/** React Flow's built-in screen-reader texts, in the user's language. */
export function useFlowAriaLabels() {
  const t = useT();
  return useMemo(
    () => ({
      'node.a11yDescription.default': t('flow.nodeDescription'),
      'node.a11yDescription.keyboardDisabled': t('flow.nodeDescriptionKeyboard'),
      'node.a11yDescription.ariaLiveMessage': ({ x, y }: { x: number; y: number }) =>
        t('flow.nodeMoved', { x: Math.round(x), y: Math.round(y) }),
      'edge.a11yDescription.default': t('flow.edgeDescription'),
      'controls.ariaLabel': t('flow.controls'),
      'controls.zoomIn.ariaLabel': t('flow.zoomIn'),
      'controls.zoomOut.ariaLabel': t('flow.zoomOut'),
      'controls.fitView.ariaLabel': t('flow.fitView'),
      'controls.interactive.ariaLabel': t('flow.interactive'),
      'minimap.ariaLabel': t('flow.minimap'),
      'handle.ariaLabel': t('flow.handle'),
    }),
    [t],
  );
}

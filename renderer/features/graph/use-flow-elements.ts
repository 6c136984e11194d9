import { useMemo, useState } from 'react';
import { useT } from '../../i18n/use-t.js';
import {
  selectEdgeIds,
  selectEdges,
  selectLocale,
  selectNodeIds,
  selectNodes,
  selectSelectedEdgeIds,
  selectSelectedNodeIds,
} from '../../store/selectors.js';
import { useAppStore } from '../../store/react.js';
import { createFlowEdgeBuilder } from './flow-edges.js';
import { createFlowNodeBuilder } from './flow-model.js';

/** React Flow's nodes and edges, rebuilt from the store keeping unchanged objects as they were. */
export function useFlowElements() {
  const locale = useAppStore(selectLocale);
  const nodeIds = useAppStore(selectNodeIds);
  const nodes = useAppStore(selectNodes);
  const edgeIds = useAppStore(selectEdgeIds);
  const edges = useAppStore(selectEdges);
  const selectedNodeIds = useAppStore(selectSelectedNodeIds);
  const selectedEdgeIds = useAppStore(selectSelectedEdgeIds);
  const [buildNodes] = useState(createFlowNodeBuilder);
  const [buildEdges] = useState(createFlowEdgeBuilder);

  const flowNodes = useMemo(
    () => buildNodes(nodeIds, nodes, new Set(selectedNodeIds)),
    [buildNodes, nodeIds, nodes, selectedNodeIds],
  );
  const flowEdges = useMemo(
    () => buildEdges(locale, edgeIds, edges, nodes, new Set(selectedEdgeIds)),
    [buildEdges, locale, edgeIds, edges, nodes, selectedEdgeIds],
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

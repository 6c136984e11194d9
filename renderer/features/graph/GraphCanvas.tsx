import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  useStore as useFlowStore,
  type Connection,
  type EdgeChange,
  type NodeChange,
  type OnNodeDrag,
} from '@xyflow/react';
import { useCallback, useEffect, useRef, useState, type MouseEvent } from 'react';
import { ReadyMarker } from '../../components/ReadyMarker.js';
import { useT } from '../../i18n/use-t.js';
import {
  selectAddNodeRequested,
  selectFitViewRequested,
  selectGraphLoaded,
} from '../../store/selectors.js';
import { useAppStore, useAppStoreApi } from '../../store/react.js';
import { NODE_HEIGHT, NODE_WIDTH, type FlowNeedNode, type FlowNeedsEdge } from './flow-model.js';
import { NODE_TYPES } from './node-types.js';
import { freeSpot } from './placement.js';
import { useFlowAriaLabels, useFlowElements } from './use-flow-elements.js';

const FIT_VIEW_OPTIONS = { padding: 0.08, duration: 200 };
const READABLE_ZOOM = 1;
const minimapClass = (node: FlowNeedNode): string => `kind-${node.type ?? 'component'}`;
const selectDrawnNodeCount = (state: { nodes: unknown[] }) => state.nodes.length;

export function GraphCanvas() {
  const t = useT();
  const store = useAppStoreApi();
  const { flowNodes, flowEdges } = useFlowElements();
  const ariaLabelConfig = useFlowAriaLabels();
  const { fitView, getZoom, screenToFlowPosition, setCenter } = useReactFlow<
    FlowNeedNode,
    FlowNeedsEdge
  >();
  const wrapper = useRef<HTMLDivElement>(null);
  const fitViewRequested = useAppStore(selectFitViewRequested);
  const addNodeRequested = useAppStore(selectAddNodeRequested);
  const graphLoaded = useAppStore(selectGraphLoaded);
  const drawnNodes = useFlowStore(selectDrawnNodeCount);
  const [initialized, setInitialized] = useState(false);
  const onInit = useCallback(() => setInitialized(true), []);
  const ready = initialized && graphLoaded && drawnNodes === flowNodes.length;

  /** Adds a need node of the toolbar's kind centred on a screen point (or below, if taken). */
  const addNodeAt = useCallback(
    (screenX: number, screenY: number, avoidOthers: boolean) => {
      const centre = screenToFlowPosition({ x: screenX, y: screenY });
      const state = store.getState();
      const wanted = {
        x: Math.round(centre.x - NODE_WIDTH / 2),
        y: Math.round(centre.y - NODE_HEIGHT / 2),
      };
      const { x, y } = avoidOthers ? freeSpot(Object.values(state.nodes), wanted) : wanted;
      void state.createNode(state.newNodeKind, x, y).then((node) => {
        // Bring the new node into view at a zoom where its name can be read and typed.
        if (node && avoidOthers) {
          const zoom = Math.max(getZoom(), READABLE_ZOOM);
          return setCenter(x + NODE_WIDTH / 2, y + NODE_HEIGHT / 2, { zoom });
        }
      });
    },
    [screenToFlowPosition, getZoom, setCenter, store],
  );

  useEffect(() => {
    if (fitViewRequested && store.getState().consumeRequest('fitView')) {
      void fitView(FIT_VIEW_OPTIONS);
    }
  }, [fitViewRequested, fitView, store]);

  useEffect(() => {
    const box = wrapper.current?.getBoundingClientRect();
    if (addNodeRequested && box && store.getState().consumeRequest('addNode')) {
      addNodeAt(box.left + box.width / 2, box.top + box.height / 2, true);
    }
  }, [addNodeRequested, addNodeAt, store]);

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNeedNode>[]) => {
      const positions: { id: string; x: number; y: number }[] = [];
      const selections: { id: string; selected: boolean }[] = [];
      for (const change of changes) {
        if (change.type === 'position' && change.position) {
          positions.push({ id: change.id, x: change.position.x, y: change.position.y });
        } else if (change.type === 'select') {
          selections.push(change);
        }
      }
      const state = store.getState();
      if (positions.length > 0) state.dragNodes(positions);
      if (selections.length > 0) state.setNodeSelected(selections);
    },
    [store],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<FlowNeedsEdge>[]) => {
      const selections = changes.filter((change) => change.type === 'select');
      if (selections.length > 0) store.getState().setEdgeSelected(selections);
    },
    [store],
  );

  const onConnect = useCallback(
    ({ source, target }: Connection) => void store.getState().createEdge(source, target),
    [store],
  );

  const onNodeDragStop: OnNodeDrag<FlowNeedNode> = useCallback(
    (_event, node, dragged) => {
      const ids = dragged.length > 0 ? dragged.map((each) => each.id) : [node.id];
      void store.getState().persistPositions(ids);
    },
    [store],
  );

  const onDoubleClick = useCallback(
    (event: MouseEvent<HTMLDivElement>) => {
      const target = event.target as Element;
      if (target.classList.contains('react-flow__pane'))
        addNodeAt(event.clientX, event.clientY, false);
    },
    [addNodeAt],
  );

  return (
    <div className="graph-canvas" ref={wrapper} data-testid="graph-canvas">
      {ready && <ReadyMarker />}
      {flowNodes.length === 0 && (
        <p className="graph-canvas__empty" data-testid="graph-empty">
          {t('graph.empty')}
        </p>
      )}
      <ReactFlow<FlowNeedNode, FlowNeedsEdge>
        nodes={flowNodes}
        edges={flowEdges}
        nodeTypes={NODE_TYPES}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onNodeDragStop={onNodeDragStop}
        onDoubleClick={onDoubleClick}
        onInit={onInit}
        zoomOnDoubleClick={false}
        deleteKeyCode={null}
        fitView
        fitViewOptions={FIT_VIEW_OPTIONS}
        minZoom={0.1}
        maxZoom={2}
        ariaLabelConfig={ariaLabelConfig}
      >
        <Background gap={20} size={1} />
        <Controls showInteractive={false} />
        <MiniMap pannable zoomable nodeClassName={minimapClass} />
      </ReactFlow>
    </div>
  );
}

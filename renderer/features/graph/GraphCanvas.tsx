import {
  Controls,
  ReactFlow,
  useReactFlow,
  useStore as useFlowStore,
  useStoreApi as useFlowStoreApi,
  type Connection,
  type EdgeChange,
  type NodeChange,
  type OnNodeDrag,
  type ReactFlowState,
} from '@xyflow/react';
import { useCallback, useEffect, useRef, useState, type MouseEvent } from 'react';
import { ReadyMarker } from '../../components/ReadyMarker.js';
import { useT } from '../../i18n/use-t.js';
import { selectAddNodeRequested, selectGraphLoaded } from '../../store/selectors.js';
import { useAppStore, useAppStoreApi } from '../../store/react.js';
import type { AppState } from '../../store/types.js';
import { MAX_ZOOM, MIN_ZOOM } from './fit.js';
import { NODE_HEIGHT, NODE_WIDTH, type FlowNeedNode, type FlowNeedsEdge } from './flow-model.js';
import { NODE_TYPES } from './node-types.js';
import { CanvasMinimap } from './overview/CanvasMinimap.js';
import { nodeAt } from './overview/overview-data.js';
import { OverviewLayer } from './overview/OverviewLayer.js';
import { OverlayPanel } from '../overlays/OverlayPanel.js';
import { useOverviewData } from './overview/use-overview-data.js';
import { freeSpot } from './placement.js';
import { useFlowAriaLabels, useFlowElements } from './use-flow-elements.js';
import { useViewportRequests } from './use-viewport-requests.js';
import { visibleNodeIds } from './view-state.js';
import { ALWAYS_DETAILED_NODES, DETAIL_ZOOM, NearContext } from './NeedNodeCard.js';
import { Backdrop } from './window/Backdrop.js';
import { PassingEdges } from './window/PassingEdges.js';
import { usePanByMouse } from './window/use-pan-by-mouse.js';
import { useViewWindow } from './window/use-view-window.js';
import { useSearch } from '../search/use-search.js';
import { selectNodes, withSelectedOutside } from './window/window-selection.js';

const READABLE_ZOOM = 1;
/** The window of cards waits for a pan by mouse to stop (see useViewWindow). */
const DOM_WINDOW = { whileDragging: false };
/** Where cards turn into blocks, a big graph is drawn on the overview canvas instead. */
export const OVERVIEW_ZOOM = DETAIL_ZOOM;
/**
 * Graphs up to this size stay cards at every zoom; larger ones are drawn on the overview
 * canvas when zoomed out. The same size as the one below which cards keep their detail, so a
 * graph crossing it (a big paste, its undo) never has to mount a thousand blocks at once.
 */
export const OVERVIEW_MIN_NODES = ALWAYS_DETAILED_NODES;
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const selectFar = (state: ReactFlowState) => state.transform[2] < OVERVIEW_ZOOM;
const selectDrawnNodeCount = (state: ReactFlowState) => state.nodes.length;
const selectShownCount = (state: AppState) => visibleNodeIds(state).length;

export function GraphCanvas() {
  const t = useT();
  const store = useAppStoreApi();
  const { fitted, publishCentre } = useViewportRequests();
  const far = useFlowStore(selectFar);
  const shownCount = useAppStore(selectShownCount);
  const overview = !fitted || (far && shownCount > OVERVIEW_MIN_NODES);
  const viewWindow = useViewWindow(!overview, DOM_WINDOW);
  const { flowNodes, flowEdges } = useFlowElements(viewWindow);
  const flow = useFlowStoreApi();
  /** Selected need nodes outside the window, moved along with a drag of the selection. */
  const draggedAlong = useRef<ReadonlySet<string>>(new Set());
  const [dragging, setDragging] = useState(false);
  const onNodeDragStart = useCallback(() => setDragging(true), []);
  const overviewData = useOverviewData();
  const ariaLabelConfig = useFlowAriaLabels();
  const { getZoom, screenToFlowPosition, setCenter } = useReactFlow<FlowNeedNode, FlowNeedsEdge>();
  const wrapper = useRef<HTMLDivElement>(null);
  usePanByMouse(wrapper, !overview);
  const addNodeRequested = useAppStore(selectAddNodeRequested);
  const graphLoaded = useAppStore(selectGraphLoaded);
  const drawnNodes = useFlowStore(selectDrawnNodeCount);
  const [initialized, setInitialized] = useState(false);
  const [overviewDrawn, setOverviewDrawn] = useState(false);
  const onInit = useCallback(() => setInitialized(true), []);
  const onOverviewDrawn = useCallback(() => setOverviewDrawn(true), []);
  const drawn = overview ? overviewDrawn : drawnNodes === flowNodes.length;
  const ready = initialized && graphLoaded && drawn;
  useSearch(ready);

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
      if (positions.length > 0) {
        const moved = withSelectedOutside(state, flow.getState(), positions);
        if (moved.followed.length > 0) draggedAlong.current = new Set(moved.followed);
        state.dragNodes(moved.positions);
      }
      if (selections.length > 0) selectNodes(state, flow.getState(), selections);
    },
    [store, flow],
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
      void store.getState().persistPositions([...ids, ...draggedAlong.current]);
      draggedAlong.current = new Set();
      setDragging(false);
    },
    [store],
  );

  /** In the overview there are no cards to click: find the need node under the pointer. */
  const onPaneClick = useCallback(
    (event: MouseEvent) => {
      if (!overview) {
        // React Flow clears the selection it knows; this clears it outside the window too.
        const state = store.getState();
        if (state.selectedNodeIds.length > 0 || state.selectedEdgeIds.length > 0) {
          state.select([], []);
        }
        return;
      }
      const point = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const id = nodeAt(overviewData, point.x, point.y);
      store.getState().select(id ? [id] : [], []);
    },
    [overview, overviewData, screenToFlowPosition, store],
  );

  const onDoubleClick = useCallback(
    (event: MouseEvent<HTMLDivElement>) => {
      const target = event.target as Element;
      if (!target.classList.contains('react-flow__pane')) return;
      if (overview) {
        const point = screenToFlowPosition({ x: event.clientX, y: event.clientY });
        void setCenter(point.x, point.y, { zoom: READABLE_ZOOM, duration: 200 });
        return;
      }
      addNodeAt(event.clientX, event.clientY, false);
    },
    [overview, addNodeAt, screenToFlowPosition, setCenter],
  );

  return (
    <div
      className="graph-canvas"
      ref={wrapper}
      data-testid="graph-canvas"
      data-mode={overview ? 'overview' : 'cards'}
      data-far={far}
    >
      {ready && <ReadyMarker />}
      {graphLoaded && shownCount === 0 && (
        <p className="graph-canvas__empty" data-testid="graph-empty">
          {t('graph.empty')}
        </p>
      )}
      <NearContext.Provider value={!far}>
        <ReactFlow<FlowNeedNode, FlowNeedsEdge>
          nodes={flowNodes}
          edges={flowEdges}
          nodeTypes={NODE_TYPES}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onConnect={onConnect}
          onNodeDragStart={onNodeDragStart}
          onNodeDragStop={onNodeDragStop}
          onPaneClick={onPaneClick}
          onDoubleClick={onDoubleClick}
          onMoveEnd={publishCentre}
          onInit={onInit}
          zoomOnDoubleClick={false}
          deleteKeyCode={null}
          selectionKeyCode="Shift"
          multiSelectionKeyCode={MULTI_SELECT_KEYS}
          disableKeyboardA11y
          minZoom={MIN_ZOOM}
          maxZoom={MAX_ZOOM}
          ariaLabelConfig={ariaLabelConfig}
        >
          {viewWindow && <Backdrop graph={overviewData.bounds} window={viewWindow.box} />}
          {viewWindow && (
            <PassingEdges
              data={overviewData}
              mounted={flowNodes}
              drawn={flowEdges}
              frozen={dragging}
            />
          )}
          {overview && fitted && <OverviewLayer data={overviewData} onDrawn={onOverviewDrawn} />}
          <Controls showInteractive={false} showFitView={false} />
          <CanvasMinimap data={overviewData} />
          <OverlayPanel />
        </ReactFlow>
      </NearContext.Provider>
    </div>
  );
}

import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback, useEffect, useState } from 'react';
import {
  selectFitViewAtOnceRequested,
  selectFitViewRequested,
  selectGraphLoaded,
} from '../../store/selectors.js';
import { useAppStore, useAppStoreApi } from '../../store/react.js';
import type { AppState } from '../../store/types.js';
import { boundsOfIds, viewportFor } from './fit.js';
import { setViewCentre } from './view-centre.js';
import { visibleNodeIds } from './view-state.js';

const selectZoomToSelection = (state: AppState) => state.requests.zoomToSelection;
const SELECTION_MAX_ZOOM = 1.2;

/**
 * Fitting the view, computed from the store's positions rather than by React Flow, so it works
 * before any card is mounted and in the overview, where none is. Returns whether the first fit
 * after loading has happened (until then nothing is drawn, so nothing is drawn twice).
 */
export function useViewportRequests(): { fitted: boolean; publishCentre: () => void } {
  const store = useAppStoreApi();
  const flow = useStoreApi();
  const { setViewport } = useReactFlow();
  const loaded = useAppStore(selectGraphLoaded);
  const fitRequested = useAppStore(selectFitViewRequested);
  const fitAtOnceRequested = useAppStore(selectFitViewAtOnceRequested);
  const zoomRequested = useAppStore(selectZoomToSelection);
  const [fitted, setFitted] = useState(false);

  const publishCentre = useCallback(() => {
    const { transform, width, height } = flow.getState();
    const [x, y, zoom] = transform;
    setViewCentre({ x: (width / 2 - x) / zoom, y: (height / 2 - y) / zoom });
  }, [flow]);

  const fitTo = useCallback(
    (ids: readonly string[], maxZoom: number, animate: boolean) => {
      const { nodes } = store.getState();
      const { width, height } = flow.getState();
      const bounds = boundsOfIds(ids, nodes);
      if (!bounds || width === 0 || height === 0) return false;
      void setViewport(viewportFor(bounds, width, height, maxZoom), {
        duration: animate ? 200 : 0,
      });
      publishCentre();
      return true;
    },
    [store, flow, setViewport, publishCentre],
  );

  useEffect(() => {
    if (!loaded || fitted) return;
    const tryFit = () => {
      const state = store.getState();
      if (state.nodeIds.length === 0 || fitTo(visibleNodeIds(state), 1, false)) setFitted(true);
    };
    tryFit();
    // The pane may not have its size yet on the first render: fit once it has.
    return flow.subscribe((state, previous) => {
      if (state.width !== previous.width || state.height !== previous.height) tryFit();
    });
  }, [loaded, fitted, store, flow, fitTo]);

  useEffect(() => {
    if (fitRequested && store.getState().consumeRequest('fitView')) {
      fitTo(visibleNodeIds(store.getState()), 1, true);
    }
  }, [fitRequested, store, fitTo]);

  useEffect(() => {
    if (fitAtOnceRequested && store.getState().consumeRequest('fitViewAtOnce')) {
      fitTo(visibleNodeIds(store.getState()), 1, false);
    }
  }, [fitAtOnceRequested, store, fitTo]);

  useEffect(() => {
    if (zoomRequested && store.getState().consumeRequest('zoomToSelection')) {
      fitTo(store.getState().selectedNodeIds, SELECTION_MAX_ZOOM, true);
    }
  }, [zoomRequested, store, fitTo]);

  return { fitted, publishCentre };
}

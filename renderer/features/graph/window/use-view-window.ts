import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useLayoutEffect, useState } from 'react';
import type { Bounds } from '../fit.js';

/** How far the window reaches past the view on each side, in view widths and heights. */
const MARGIN = 0.5;
/** Zoomed in this far past the window's own zoom, a smaller window is taken. */
const MAX_SHRINK = 2;

export interface ViewWindow {
  box: Bounds;
  /** The zoom the window was taken at. */
  zoom: number;
}

/** The part of the graph the pane shows, in graph units; null before the pane has a size. */
export function viewOf(state: Pick<ReactFlowState, 'transform' | 'width' | 'height'>) {
  const [x, y, zoom] = state.transform;
  if (state.width === 0 || state.height === 0) return null;
  return {
    minX: -x / zoom,
    minY: -y / zoom,
    maxX: (state.width - x) / zoom,
    maxY: (state.height - y) / zoom,
  };
}

function padded(view: Bounds): Bounds {
  const dx = (view.maxX - view.minX) * MARGIN;
  const dy = (view.maxY - view.minY) * MARGIN;
  return { minX: view.minX - dx, minY: view.minY - dy, maxX: view.maxX + dx, maxY: view.maxY + dy };
}

function covers(current: ViewWindow, view: Bounds, zoom: number): boolean {
  const { box } = current;
  return (
    view.minX >= box.minX &&
    view.minY >= box.minY &&
    view.maxX <= box.maxX &&
    view.maxY <= box.maxY &&
    zoom <= current.zoom * MAX_SHRINK
  );
}

/**
 * The window of the graph worth handing to React Flow: the view padded on every side. It is
 * taken again only when the view leaves it (or zooms far in), not on every pan frame, so
 * panning inside it re-renders nothing. Null while `enabled` is false.
 */
export function useViewWindow(enabled: boolean): ViewWindow | null {
  const flow = useStoreApi();
  const [viewWindow, setViewWindow] = useState<ViewWindow | null>(null);
  useLayoutEffect(() => {
    if (!enabled) return;
    let current: ViewWindow | null = null;
    const follow = (state: ReactFlowState) => {
      const view = viewOf(state);
      const zoom = state.transform[2];
      if (!view || (current && covers(current, view, zoom))) return;
      current = { box: padded(view), zoom };
      setViewWindow(current);
    };
    follow(flow.getState());
    const unsubscribe = flow.subscribe(follow);
    return () => {
      unsubscribe();
      setViewWindow(null);
    };
  }, [enabled, flow]);
  return enabled ? viewWindow : null;
}

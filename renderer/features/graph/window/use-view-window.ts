import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useLayoutEffect, useState } from 'react';
import { followView, viewTransform } from './live-view.js';
import type { Bounds } from '../fit.js';

/** How far the window reaches past the view on each side, in view widths and heights. */
const MARGIN = 0.25;
/** Zoomed in this far past the window's own zoom, a smaller window is taken. */
const MAX_SHRINK = 2;
/** A pan that holds still this long (the button still down) has its window taken anyway. */
const SETTLE_MS = 150;

export interface ViewWindowOptions {
  /** How far past the view on each side, in view widths and heights; MARGIN unless set. */
  margin?: number;
  /** Whether a pan by mouse takes a new window while it moves (see useViewWindow). */
  whileDragging?: boolean;
  /**
   * Taken again once the view comes this near the window's edge, in view widths and heights
   * (0 unless set: when it leaves the window), so what is drawn there is ready before then.
   */
  ahead?: number;
}

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

function padded(view: Bounds, margin: number): Bounds {
  const dx = (view.maxX - view.minX) * margin;
  const dy = (view.maxY - view.minY) * margin;
  return { minX: view.minX - dx, minY: view.minY - dy, maxX: view.maxX + dx, maxY: view.maxY + dy };
}

function covers(current: ViewWindow, view: Bounds, zoom: number, ahead: number): boolean {
  const { box } = current;
  const near = padded(view, ahead);
  return (
    near.minX >= box.minX &&
    near.minY >= box.minY &&
    near.maxX <= box.maxX &&
    near.maxY <= box.maxY &&
    zoom <= current.zoom * MAX_SHRINK
  );
}

/**
 * The window of the graph worth handing to React Flow: the view padded on every side. It is
 * taken again only when the view leaves it (or zooms far in), not on every pan frame, so
 * panning inside it re-renders nothing. Null while `enabled` is false.
 *
 * With `whileDragging` false, a pan by mouse that leaves the window takes the new one only
 * when the button is let go or the pan holds still for SETTLE_MS: mounting a window's cards
 * costs several frames, which a moving pan would show as a stutter. Meanwhile the passing
 * edges' canvas, which follows the view at once, draws the cards beyond the window in outline.
 */
export function useViewWindow(
  enabled: boolean,
  { margin = MARGIN, whileDragging = true, ahead = 0 }: ViewWindowOptions = {},
): ViewWindow | null {
  const flow = useStoreApi();
  const [viewWindow, setViewWindow] = useState<ViewWindow | null>(null);
  useLayoutEffect(() => {
    if (!enabled) return;
    let current: ViewWindow | null = null;
    let settle: ReturnType<typeof setTimeout> | undefined;
    const take = (view: Bounds, zoom: number) => {
      clearTimeout(settle);
      current = { box: padded(view, margin), zoom };
      setViewWindow(current);
    };
    const follow = () => {
      const state = flow.getState();
      const transform = viewTransform(flow);
      const view = viewOf({ transform, width: state.width, height: state.height });
      const zoom = transform[2];
      if (!view || (current && covers(current, view, zoom, ahead))) return;
      if (!current || whileDragging || !state.paneDragging) {
        take(view, zoom);
        return;
      }
      clearTimeout(settle);
      settle = setTimeout(() => take(view, zoom), SETTLE_MS);
    };
    follow();
    const unsubscribe = followView(flow, follow);
    return () => {
      unsubscribe();
      clearTimeout(settle);
      setViewWindow(null);
    };
  }, [enabled, margin, whileDragging, ahead, flow]);
  return enabled ? viewWindow : null;
}

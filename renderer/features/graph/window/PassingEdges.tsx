import { GraphSpacePortal } from './GraphSpacePortal.js';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { FlowNeedNode, FlowNeedsEdge } from '../flow-model.js';
import type { OverviewData } from '../overview/overview-data.js';
import { startPassingPainter, type PassingPainter } from './passing-painter.js';
import { useViewWindow } from './use-view-window.js';

/**
 * The canvas reaches a view past the view on each side, further than the window of cards: a
 * pan past the window finds its stand-ins drawn already. It is taken again when the view is
 * a quarter of a view from its edge, so the redraw mostly lands before the pan gets there.
 * Each redraw costs a pan some smoothness (the worker's drawing competes with rastering for
 * the CPU), so not sooner.
 */
const REACH = { margin: 1, ahead: 0.25 };

interface PassingEdgesProps {
  data: OverviewData;
  /** The window's need nodes and needs edges, which React Flow draws. */
  mounted: readonly FlowNeedNode[];
  drawn: readonly FlowNeedsEdge[];
  /** While a need node is dragged the canvas is left as it is and redrawn once it drops. */
  frozen: boolean;
}

/**
 * The needs edges that only pass through the view's surroundings, on one canvas laid over
 * them in graph space (not an SVG element each): panning moves it with the cards, and it is
 * redrawn only when the view leaves its box or the (throttled) drawing data changes, never
 * during a drag of a need node. Need nodes there whose cards are not mounted, where a pan has
 * run past the window of cards, stand in as outlines. A worker draws it; the canvas moves to
 * a new box once the drawing for that box is done (with a layer of its own, a move that
 * repaints nothing).
 */
export function PassingEdges({ data, mounted, drawn, frozen }: PassingEdgesProps) {
  const [painter, setPainter] = useState<PassingPainter | null>(null);
  const host = useCallback((element: HTMLDivElement | null) => {
    if (!element) return;
    const started = startPassingPainter(element);
    setPainter(started);
    return () => {
      started.stop();
      setPainter(null);
    };
  }, []);
  const ids = useMemo(
    () => ({
      drawn: new Set(drawn.map((edge) => edge.id)),
      mounted: new Set(mounted.map((node) => node.id)),
    }),
    [drawn, mounted],
  );
  const reach = useViewWindow(true, REACH);

  useEffect(() => painter?.setGraph(data), [painter, data]);
  useEffect(() => {
    if (painter && reach && !frozen) painter.draw(data, ids, reach.box, reach.zoom);
  }, [painter, data, ids, reach, frozen]);

  // Its canvases are placed by the painter as their drawings land, not by React.
  return (
    <GraphSpacePortal>
      <div ref={host} className="passing-edges" data-testid="passing-edges" aria-hidden="true" />
    </GraphSpacePortal>
  );
}

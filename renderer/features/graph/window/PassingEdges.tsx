import { GraphSpacePortal } from './GraphSpacePortal.js';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Bounds } from '../fit.js';
import type { FlowNeedsEdge } from '../flow-model.js';
import type { OverviewData } from '../overview/overview-data.js';
import { startPassingPainter, type PassingPainter } from './passing-painter.js';
import type { ViewWindow } from './use-view-window.js';

interface PassingEdgesProps {
  data: OverviewData;
  viewWindow: ViewWindow;
  drawn: readonly FlowNeedsEdge[];
  /** While a need node is dragged the canvas is left as it is and redrawn once it drops. */
  frozen: boolean;
}

/**
 * The needs edges that only pass through the window, on one canvas laid over the window in
 * graph space (not an SVG element each): panning moves it with the cards, and it is redrawn
 * only when the window or the (throttled) drawing data changes, never during a drag. A worker
 * draws it; the canvas moves to a new window's box once the drawing for that box is done
 * (with a layer of its own, a move that repaints nothing).
 */
export function PassingEdges({ data, viewWindow, drawn, frozen }: PassingEdgesProps) {
  const [painter, setPainter] = useState<PassingPainter | null>(null);
  const [shown, setShown] = useState<Bounds | null>(null);
  const host = useCallback((element: HTMLDivElement | null) => {
    if (!element) return;
    const started = startPassingPainter(element, setShown);
    setPainter(started);
    return () => {
      started.stop();
      setPainter(null);
      setShown(null);
    };
  }, []);
  const drawnIds = useMemo(() => new Set(drawn.map((edge) => edge.id)), [drawn]);
  const { box, zoom } = viewWindow;
  // Until the first drawing the canvas is blank: it waits where that drawing will go.
  const at = shown ?? box;

  useEffect(() => painter?.setGraph(data), [painter, data]);
  useEffect(() => {
    if (painter && !frozen) painter.draw(data, drawnIds, box, zoom);
  }, [painter, data, drawnIds, box, zoom, frozen]);

  return (
    <GraphSpacePortal>
      <div
        ref={host}
        className="passing-edges"
        data-testid="passing-edges"
        aria-hidden="true"
        style={{
          transform: `translate(${String(at.minX)}px, ${String(at.minY)}px)`,
          width: at.maxX - at.minX,
          height: at.maxY - at.minY,
        }}
      />
    </GraphSpacePortal>
  );
}

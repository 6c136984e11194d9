import { GraphSpacePortal } from './GraphSpacePortal.js';
import { useEffect, useMemo, useRef } from 'react';
import type { FlowNeedsEdge } from '../flow-model.js';
import { readPalette } from '../overview/draw.js';
import type { OverviewData } from '../overview/overview-data.js';
import { drawPassingEdges } from './draw-passing.js';
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
 * only when the window or the (throttled) drawing data changes, never during a drag.
 */
export function PassingEdges({ data, viewWindow, drawn, frozen }: PassingEdgesProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawnIds = useMemo(() => new Set(drawn.map((edge) => edge.id)), [drawn]);
  const { box, zoom } = viewWindow;
  const width = Math.ceil((box.maxX - box.minX) * zoom);
  const height = Math.ceil((box.maxY - box.minY) * zoom);

  useEffect(() => {
    const element = canvas.current;
    const ctx = element?.getContext('2d');
    if (!element || !ctx || frozen) return;
    drawPassingEdges(ctx, data, drawnIds, box, zoom, {
      colour: readPalette(element).edge,
      width: Number.parseFloat(getComputedStyle(element).getPropertyValue('--edge-width')) || 1.4,
    });
  }, [data, drawnIds, box, zoom, width, height, frozen]);

  return (
    <GraphSpacePortal>
      <canvas
        ref={canvas}
        className="passing-edges"
        data-testid="passing-edges"
        aria-hidden="true"
        width={width}
        height={height}
        style={{
          transform: `translate(${String(box.minX)}px, ${String(box.minY)}px) scale(${String(1 / zoom)})`,
        }}
      />
    </GraphSpacePortal>
  );
}

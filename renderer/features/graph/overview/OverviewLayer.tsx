import { useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { canvasBox, keptSurface, type CanvasBox } from './canvas-box.js';
import { drawOverview, readPalette } from './draw.js';
import type { OverviewData } from './overview-data.js';

/** The canvas reaches this far past the pane on each side, in pane widths and heights. */
const MARGIN = 0.5;

interface OverviewLayerProps {
  data: OverviewData;
  onDrawn: () => void;
}

interface Drawn {
  x: number;
  y: number;
  zoom: number;
  width: number;
  height: number;
  box: CanvasBox;
}

/**
 * Far out, the whole graph is drawn on one canvas instead of thousands of DOM cards, from
 * typed arrays. The canvas reaches past the pane: a pan within its margin only shifts it,
 * and it is redrawn on a zoom, past the margin, or when the graph changes. It covers only
 * where the graph is, so a fitted graph's canvas is about the pane's size. Pointer events
 * pass through to the pane.
 */
export function OverviewLayer({ data, onDrawn }: OverviewLayerProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const flow = useStoreApi();
  useEffect(() => {
    const element = canvas.current;
    const ctx = element?.getContext('2d', { alpha: true });
    if (!element || !ctx) return;
    const palette = readPalette(element);
    let frame = 0;
    let drawn: Drawn | null = null;
    const draw = () => {
      frame = 0;
      const { transform, width, height } = flow.getState();
      const [x, y, zoom] = transform;
      const padX = Math.round(width * MARGIN);
      const padY = Math.round(height * MARGIN);
      const reusable =
        drawn !== null &&
        drawn.zoom === zoom &&
        drawn.width === width &&
        drawn.height === height &&
        Math.abs(x - drawn.x) <= padX &&
        Math.abs(y - drawn.y) <= padY;
      if (!reusable) {
        const pane = { width, height, padX, padY };
        const exact = canvasBox(data.bounds, { x, y, zoom }, pane);
        // The first drawing of new data keeps the surface if it can; later ones fit it again.
        const box = drawn === null ? keptSurface(exact, element, pane) : exact;
        if (element.width !== box.width || element.height !== box.height) {
          element.width = box.width;
          element.height = box.height;
        }
        const at = { x: x - box.left, y: y - box.top, zoom };
        drawOverview(ctx, { data, t: at, width: box.width, height: box.height, palette });
        drawn = { x, y, zoom, width, height, box };
      }
      if (!drawn) return;
      const left = x - drawn.x + drawn.box.left;
      const top = y - drawn.y + drawn.box.top;
      element.style.transform = `translate(${String(left)}px, ${String(top)}px)`;
    };
    draw();
    onDrawn();
    const unsubscribe = flow.subscribe((state, previous) => {
      if (state.transform === previous.transform && state.width === previous.width) return;
      if (frame === 0) frame = requestAnimationFrame(draw);
    });
    return () => {
      unsubscribe();
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [data, flow, onDrawn]);
  return <canvas ref={canvas} className="overview-layer" data-testid="overview-layer" />;
}

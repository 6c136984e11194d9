import { useStoreApi } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { canvasBox, keptSurface, type CanvasBox } from './canvas-box.js';
import type { OverviewData } from './overview-data.js';
import { startOverviewPainter, type OverviewPainter } from './overview-painter.js';

/** The canvas reaches this far past the pane on each side, in pane widths and heights. */
const MARGIN = 0.5;

interface OverviewLayerProps {
  data: OverviewData;
  /** Called once a drawing of `data` is on the screen. */
  onDrawn: () => void;
}

/** A drawing: the view it was made for, and the box of the pane it covers. */
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
 * typed arrays, by a worker. The canvas reaches past the pane: a pan within its margin only
 * shifts it, and it is redrawn on a zoom, past the margin, or when the graph changes. It
 * covers only where the graph is, so a fitted graph's canvas is about the pane's size. Until
 * a redraw lands, the drawing on screen is moved and scaled to the view (a transform on a
 * layer of its own, repainting nothing). Pointer events pass through to the pane.
 */
export function OverviewLayer({ data, onDrawn }: OverviewLayerProps) {
  const flow = useStoreApi();
  const [painter, setPainter] = useState<OverviewPainter | null>(null);
  /** What the canvas shows, and its size: both outlive a change of the data. */
  const shown = useRef<Drawn | null>(null);
  const surface = useRef({ width: 0, height: 0 });
  const host = useCallback((element: HTMLDivElement | null) => {
    if (!element) return;
    const started = startOverviewPainter(element, 'overview');
    started.canvas.className = 'overview-layer';
    started.canvas.dataset.testid = 'overview-layer';
    setPainter(started);
    return () => {
      started.stop();
      setPainter(null);
      shown.current = null;
      surface.current = { width: 0, height: 0 };
    };
  }, []);

  useEffect(() => {
    if (!painter) return;
    const place = () => {
      const drawing = shown.current;
      if (!drawing) return;
      const [x, y, zoom] = flow.getState().transform;
      const scale = zoom / drawing.zoom;
      const left = x + (drawing.box.left - drawing.x) * scale;
      const top = y + (drawing.box.top - drawing.y) * scale;
      painter.canvas.style.transform = `translate(${String(left)}px, ${String(top)}px) scale(${String(scale)})`;
    };
    let frame = 0;
    let asked: Drawn | null = null;
    const draw = () => {
      frame = 0;
      const { transform, width, height } = flow.getState();
      const [x, y, zoom] = transform;
      const padX = Math.round(width * MARGIN);
      const padY = Math.round(height * MARGIN);
      const reusable =
        asked !== null &&
        asked.zoom === zoom &&
        asked.width === width &&
        asked.height === height &&
        Math.abs(x - asked.x) <= padX &&
        Math.abs(y - asked.y) <= padY;
      if (!reusable) {
        const pane = { width, height, padX, padY };
        const exact = canvasBox(data.bounds, { x, y, zoom }, pane);
        // The first drawing of new data keeps the surface if it can; later ones fit it again.
        const box = asked === null ? keptSurface(exact, surface.current, pane) : exact;
        surface.current = { width: box.width, height: box.height };
        const drawing = { x, y, zoom, width, height, box };
        asked = drawing;
        const at = { x: x - box.left, y: y - box.top, zoom };
        painter.draw(data, { t: at, width: box.width, height: box.height }, () => {
          shown.current = drawing;
          place();
          onDrawn();
        });
      }
      place();
    };
    // The first drawing goes out at once. New data over a drawing waits for the frame: a
    // layout's fit moves the view right after it, and the drawing would be made twice.
    if (shown.current === null) draw();
    else frame = requestAnimationFrame(draw);
    const unsubscribe = flow.subscribe((state, previous) => {
      if (state.transform === previous.transform && state.width === previous.width) return;
      if (frame === 0) frame = requestAnimationFrame(draw);
    });
    return () => {
      unsubscribe();
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [painter, data, flow, onDrawn]);
  return <div ref={host} />;
}

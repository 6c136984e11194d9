import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState, type PointerEvent } from 'react';
import { useT } from '../../../i18n/use-t.js';
import { followView, viewTransform } from '../window/live-view.js';
import type { OverviewData } from './overview-data.js';
import { startOverviewPainter, type OverviewPainter } from './overview-painter.js';

const WIDTH = 200;
const HEIGHT = 140;
const PAD = 6;

function fitOf(data: OverviewData) {
  const { minX, minY, maxX, maxY } = data.bounds;
  const zoom = Math.min(
    (WIDTH - PAD * 2) / Math.max(maxX - minX, 1),
    (HEIGHT - PAD * 2) / Math.max(maxY - minY, 1),
  );
  return { zoom, x: PAD - minX * zoom, y: PAD - minY * zoom };
}

const ignore = () => undefined;

/**
 * The minimap, drawn on a canvas by the overview worker, so 20,000 need nodes cost one draw
 * off the page's thread, not 20,000 SVG shapes. The frame shows the view; a click or drag
 * centres the view there.
 */
export function CanvasMinimap({ data }: { data: OverviewData }) {
  const t = useT();
  const frameBox = useRef<HTMLDivElement>(null);
  const flow = useStoreApi();
  const { setCenter, getZoom } = useReactFlow();
  const [painter, setPainter] = useState<OverviewPainter | null>(null);
  const host = useCallback((element: HTMLDivElement | null) => {
    if (!element) return;
    const started = startOverviewPainter(element, 'minimap', { width: WIDTH, height: HEIGHT });
    setPainter(started);
    return () => {
      started.stop();
      setPainter(null);
    };
  }, []);

  useEffect(() => {
    painter?.draw(data, { t: fitOf(data), width: WIDTH, height: HEIGHT }, ignore);
  }, [painter, data]);

  useEffect(() => {
    const fit = fitOf(data);
    const place = () => {
      const { width, height } = flow.getState();
      const [tx, ty, zoom] = viewTransform(flow);
      const box = frameBox.current;
      if (!box) return;
      // Moved by a transform on a layer of its own: a pan repaints and lays out nothing.
      const x = (-tx / zoom) * fit.zoom + fit.x;
      const y = (-ty / zoom) * fit.zoom + fit.y;
      box.style.transform = `translate(${String(x)}px, ${String(y)}px)`;
      box.style.width = `${String((width / zoom) * fit.zoom)}px`;
      box.style.height = `${String((height / zoom) * fit.zoom)}px`;
    };
    place();
    return followView(flow, place);
  }, [data, flow]);

  const centreAt = (event: PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const fit = fitOf(data);
    const x = (event.clientX - box.left - fit.x) / fit.zoom;
    const y = (event.clientY - box.top - fit.y) / fit.zoom;
    void setCenter(x, y, { zoom: getZoom() });
  };

  return (
    <div
      className="canvas-minimap"
      role="img"
      aria-label={t('flow.minimap')}
      data-testid="minimap"
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        centreAt(event);
      }}
      onPointerMove={(event) => {
        if (event.buttons === 1) centreAt(event);
      }}
    >
      <div ref={host} />
      <div ref={frameBox} className="canvas-minimap__frame" />
    </div>
  );
}

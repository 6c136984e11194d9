import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect, useRef, type PointerEvent } from 'react';
import { useT } from '../../../i18n/use-t.js';
import { drawMinimap, readPalette } from './draw.js';
import type { OverviewData } from './overview-data.js';

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

/**
 * The minimap, drawn on a canvas so 20,000 need nodes cost one draw, not 20,000 SVG shapes.
 * The frame shows the view; a click or drag centres the view there.
 */
export function CanvasMinimap({ data }: { data: OverviewData }) {
  const t = useT();
  const canvas = useRef<HTMLCanvasElement>(null);
  const frameBox = useRef<HTMLDivElement>(null);
  const flow = useStoreApi();
  const { setCenter, getZoom } = useReactFlow();

  useEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (!canvas.current || !ctx) return;
    const fit = fitOf(data);
    const palette = readPalette(canvas.current);
    drawMinimap(ctx, { data, t: fit, width: WIDTH, height: HEIGHT, palette });
    const place = () => {
      const { transform, width, height } = flow.getState();
      const [tx, ty, zoom] = transform;
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
    return flow.subscribe(place);
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
      <canvas ref={canvas} width={WIDTH} height={HEIGHT} />
      <div ref={frameBox} className="canvas-minimap__frame" />
    </div>
  );
}

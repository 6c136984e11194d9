import { useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { drawOverview, readPalette } from './draw.js';
import type { OverviewData } from './overview-data.js';

interface OverviewLayerProps {
  data: OverviewData;
  onDrawn: () => void;
}

/**
 * Far out, the whole graph is drawn on one canvas instead of thousands of DOM cards: it
 * redraws on each pan or zoom frame from typed arrays. Pointer events pass through to the pane.
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
    const draw = () => {
      frame = 0;
      const { transform, width, height } = flow.getState();
      if (element.width !== width || element.height !== height) {
        element.width = width;
        element.height = height;
      }
      const [x, y, zoom] = transform;
      drawOverview(ctx, data, { x, y, zoom }, width, height, palette);
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

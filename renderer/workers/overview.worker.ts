/// <reference lib="webworker" />
import { drawMinimap, drawOverview, type Palette } from '../features/graph/overview/draw.js';
import { edgeLines, type OverviewArrays } from '../features/graph/overview/overview-data.js';
import type {
  OverviewCanvasKind,
  OverviewLanded,
  OverviewRequest,
} from '../features/graph/overview/paint-protocol.js';

// The whole-graph canvases (the overview and the minimap) are drawn here, on canvases handed
// over by the page: rasterizing 10,000 need nodes and their needs edges took most of the
// page's longest task after a layout, and the canvases go to the screen from here.
interface Target {
  ctx: OffscreenCanvasRenderingContext2D;
  kind: OverviewCanvasKind;
  palette: Palette;
}

const targets = new Map<number, Target>();
let graph: OverviewArrays | null = null;

self.onmessage = (event: MessageEvent<OverviewRequest>) => {
  const request = event.data;
  switch (request.type) {
    case 'canvas': {
      const ctx = request.surface.getContext('2d');
      if (ctx) targets.set(request.canvas, { ctx, kind: request.kind, palette: request.palette });
      return;
    }
    case 'release':
      targets.delete(request.canvas);
      return;
    case 'graph': {
      const { count, xy, kind, flags, edgeEnds } = request.graph;
      const edgeCount = edgeEnds.length / 2;
      graph = { count, xy, kind, flags, edgeCount, ...edgeLines(xy, flags, edgeEnds) };
      return;
    }
    case 'draw': {
      const target = targets.get(request.canvas);
      if (!target || !graph) return;
      const { ctx, kind, palette } = target;
      const { t, width, height } = request;
      if (ctx.canvas.width !== width || ctx.canvas.height !== height) {
        ctx.canvas.width = width;
        ctx.canvas.height = height;
      }
      const drawing = { data: graph, t, width, height, palette };
      if (kind === 'minimap') drawMinimap(ctx, drawing);
      else drawOverview(ctx, drawing);
      // The canvas hands its frame to the screen when this task ends: answer after that.
      const landed: OverviewLanded = { canvas: request.canvas };
      setTimeout(() => self.postMessage(landed), 0);
      return;
    }
  }
};

/// <reference lib="webworker" />
import { edgeLines } from '../features/graph/overview/overview-data.js';
import { drawPassingEdges } from '../features/graph/window/draw-passing.js';
import type {
  PassingGraph,
  PassingRequest,
  PassingResponse,
} from '../features/graph/window/passing-protocol.js';

// The window's passing needs edges are drawn here, on a canvas handed over by the page: the
// thousands of curves of a re-taken window cost more than a frame, and the canvas goes to
// the screen from here without the page's thread copying it out.
let ctx: OffscreenCanvasRenderingContext2D | null = null;
let graph: PassingGraph | null = null;

self.onmessage = (event: MessageEvent<PassingRequest>) => {
  const request = event.data;
  switch (request.type) {
    case 'canvas':
      ctx = request.canvas.getContext('2d');
      return;
    case 'graph': {
      const { count, xy, kind, flags, edgeCount, edgeEnds } = request.graph;
      graph = { count, xy, kind, flags, edgeCount, ...edgeLines(xy, flags, edgeEnds) };
      return;
    }
    case 'draw': {
      if (!ctx || !graph) return;
      const { box, zoom } = request;
      ctx.canvas.width = Math.ceil((box.maxX - box.minX) * zoom);
      ctx.canvas.height = Math.ceil((box.maxY - box.minY) * zoom);
      drawPassingEdges(ctx, graph, request);
      const response: PassingResponse = { box };
      self.postMessage(response);
      return;
    }
  }
};

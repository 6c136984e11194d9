/// <reference lib="webworker" />
import { edgeLines } from '../features/graph/overview/overview-data.js';
import { drawPassingEdges } from '../features/graph/window/draw-passing.js';
import type {
  PassingGraph,
  PassingRequest,
  PassingResponse,
} from '../features/graph/window/passing-protocol.js';

// The passing needs edges and stand-in cards are drawn here, on canvases handed over by the
// page: the thousands of curves of a new box cost more than a frame, and a canvas goes to the
// screen from here without the page's thread copying it out.
const buffers: OffscreenCanvasRenderingContext2D[] = [];
let graph: PassingGraph | null = null;

self.onmessage = (event: MessageEvent<PassingRequest>) => {
  const request = event.data;
  switch (request.type) {
    case 'canvases':
      for (const canvas of request.canvases) {
        const ctx = canvas.getContext('2d');
        if (ctx) buffers.push(ctx);
      }
      return;
    case 'graph': {
      const { count, xy, kind, flags, edgeCount, edgeEnds } = request.graph;
      graph = { count, xy, kind, flags, edgeCount, ...edgeLines(xy, flags, edgeEnds) };
      return;
    }
    case 'draw': {
      const ctx = buffers[request.buffer];
      if (!ctx || !graph) return;
      const { box, zoom, buffer } = request;
      ctx.canvas.width = Math.max(1, Math.ceil((box.maxX - box.minX) * zoom));
      ctx.canvas.height = Math.max(1, Math.ceil((box.maxY - box.minY) * zoom));
      drawPassingEdges(ctx, graph, request);
      const response: PassingResponse = { type: 'drawn', buffer };
      self.postMessage(response);
      return;
    }
    case 'clear': {
      const ctx = buffers[request.buffer];
      if (!ctx) return;
      // A canvas of one pixel: blank, and its memory given back until it is drawn again.
      ctx.canvas.width = 1;
      ctx.canvas.height = 1;
      const response: PassingResponse = { type: 'cleared', buffer: request.buffer };
      self.postMessage(response);
      return;
    }
  }
};

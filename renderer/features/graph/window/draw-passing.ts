import { drawStandIns } from './draw-stand-ins.js';
import type { PassingDraw, PassingGraph } from './passing-protocol.js';

/** React Flow's handles stick out this far past the card's sides (half the handle's size). */
const HANDLE_REACH = 5;
/** React Flow's bezier curvature, for curves that bend back to the left. */
const CURVATURE = 0.25;
/**
 * Edges stroked together. Stroking thousands of long curves as one path costs seconds in
 * Skia (its fill sweeps every curve on every row); a few at a time, a small share of that.
 */
const EDGES_PER_STROKE = 16;

function controlOffset(distance: number): number {
  return distance >= 0 ? 0.5 * distance : CURVATURE * 25 * Math.sqrt(-distance);
}

/**
 * Needs edges that React Flow does not draw (neither end is in the window) but that may
 * cross the box, drawn as React Flow would draw them: one bezier each, dimmed ones fainter.
 * The canvas lies over the cards (under them it would put every card on a layer of its own,
 * at a cost on each pan frame), so the cards' boxes are cleared out again and the edges look
 * drawn beneath; need nodes React Flow has not mounted stand in (see drawStandIns). The
 * canvas covers `box` at `zoom` pixels per graph unit.
 */
export function drawPassingEdges(
  ctx: OffscreenCanvasRenderingContext2D,
  data: PassingGraph,
  { box, zoom, drawn, mounted, blocks, style }: PassingDraw,
): void {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  ctx.setTransform(zoom, 0, 0, zoom, -box.minX * zoom, -box.minY * zoom);
  for (const strength of [0, 1]) {
    ctx.globalAlpha = strength ? 1 : 0.18;
    ctx.strokeStyle = style.colour;
    // At most one device pixel: Skia draws such strokes as hairlines, many times faster than
    // wider ones, and a window can be crossed by thousands of edges.
    ctx.lineWidth = Math.min(style.width, 1 / zoom);
    ctx.beginPath();
    let inPath = 0;
    for (let i = 0; i < data.edgeCount; i++) {
      if (data.edgeLit[i] !== strength || drawn[i]) continue;
      const sx = (data.edgeXy[i * 4] as number) + HANDLE_REACH;
      const sy = data.edgeXy[i * 4 + 1] as number;
      const tx = (data.edgeXy[i * 4 + 2] as number) - HANDLE_REACH;
      const ty = data.edgeXy[i * 4 + 3] as number;
      const offset = controlOffset(tx - sx);
      if (Math.max(sx + offset, tx) < box.minX || Math.min(sx, tx - offset) > box.maxX) continue;
      if (Math.max(sy, ty) < box.minY || Math.min(sy, ty) > box.maxY) continue;
      ctx.moveTo(sx, sy);
      ctx.bezierCurveTo(sx + offset, sy, tx - offset, ty, tx, ty);
      if (++inPath === EDGES_PER_STROKE) {
        ctx.stroke();
        ctx.beginPath();
        inPath = 0;
      }
    }
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
  drawStandIns(ctx, data, mounted, box, style, blocks);
}

import type { Bounds } from '../fit.js';

/** Past the graph's box on screen: a selected need node's outline and a 1-pixel node. */
const BLEED = 4;
/**
 * Sizes are rounded up to this step: a new size allocates a new surface (about 20 ms at
 * 1,000 x 1,000), and a zoom changes the box a little on every frame.
 */
const STEP = 256;

const roundUp = (size: number) => Math.ceil(size / STEP) * STEP;

export interface CanvasBox {
  /** Top-left in pane pixels at the transform it was taken for. */
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The pane's size and how far the canvas may reach past it on each side. */
export interface PaddedPane {
  width: number;
  height: number;
  padX: number;
  padY: number;
}

/**
 * What of the pane, padded by `padX`/`padY` on each side, the graph covers, in whole pane
 * pixels: the overview canvas need be no larger. Fitted, that is about the pane, a quarter of
 * the padded area, and every time the compositor takes the canvas (a redraw, and also any
 * banner or toast appearing over it) it copies each of its pixels.
 */
export function canvasBox(
  bounds: Bounds,
  transform: { x: number; y: number; zoom: number },
  pane: PaddedPane,
): CanvasBox {
  const { x, y, zoom } = transform;
  const left = Math.max(-pane.padX, Math.floor(bounds.minX * zoom + x) - BLEED);
  const top = Math.max(-pane.padY, Math.floor(bounds.minY * zoom + y) - BLEED);
  const right = Math.min(pane.width + pane.padX, Math.ceil(bounds.maxX * zoom + x) + BLEED);
  const bottom = Math.min(pane.height + pane.padY, Math.ceil(bounds.maxY * zoom + y) + BLEED);
  // Rounded up, but never past the padded pane: at its edge the size stays put as well.
  const width = Math.min(roundUp(Math.max(1, right - left)), pane.width + pane.padX - left);
  const height = Math.min(roundUp(Math.max(1, bottom - top)), pane.height + pane.padY - top);
  return { left, top, width: Math.max(1, width), height: Math.max(1, height) };
}

/**
 * `box`, grown to the canvas's current size when that still covers it from the same corner
 * inside the padded pane. When the graph shrinks (a delete, the undo of a paste) keeping the
 * surface spares a new one, which costs more than its spare pixels; a zoom takes the exact box.
 */
export function keptSurface(
  box: CanvasBox,
  current: { width: number; height: number },
  pane: PaddedPane,
): CanvasBox {
  const covers = current.width >= box.width && current.height >= box.height;
  const inside =
    box.left + current.width <= pane.width + pane.padX &&
    box.top + current.height <= pane.height + pane.padY;
  return covers && inside ? { ...box, width: current.width, height: current.height } : box;
}

import type { Bounds } from '../fit.js';

/**
 * The backdrop is snapped outward to this many graph units and reaches one step past the
 * need nodes, so edges bending out and a card dragged past the edge stay on it, and small
 * moves of the graph's edge leave it as it is.
 */
const STEP = 1000;

const down = (value: number) => Math.floor(value / STEP) * STEP - STEP;
const up = (value: number) => Math.ceil(value / STEP) * STEP + STEP;

/** The graph's box joined with the window's, snapped outward. */
export function backdropBox(graph: Bounds, window: Bounds): Bounds {
  return {
    minX: down(Math.min(graph.minX, window.minX)),
    minY: down(Math.min(graph.minY, window.minY)),
    maxX: up(Math.max(graph.maxX, window.maxX)),
    maxY: up(Math.max(graph.maxY, window.maxY)),
  };
}

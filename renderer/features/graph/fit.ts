import { NODE_HEIGHT, NODE_WIDTH } from './flow-model.js';

export const MIN_ZOOM = 0.002;
export const MAX_ZOOM = 2;

export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** The box around need nodes given by their top-left corners; null when there are none. */
export function boundsOf(points: Iterable<{ x: number; y: number }>): Bounds | null {
  let bounds: Bounds | null = null;
  for (const { x, y } of points) {
    if (!bounds) bounds = { minX: x, minY: y, maxX: x + NODE_WIDTH, maxY: y + NODE_HEIGHT };
    else {
      bounds.minX = Math.min(bounds.minX, x);
      bounds.minY = Math.min(bounds.minY, y);
      bounds.maxX = Math.max(bounds.maxX, x + NODE_WIDTH);
      bounds.maxY = Math.max(bounds.maxY, y + NODE_HEIGHT);
    }
  }
  return bounds;
}

/** The box around the listed need nodes that exist; null when none does. */
export function boundsOfIds(
  ids: readonly string[],
  nodes: Readonly<Record<string, { x: number; y: number }>>,
): Bounds | null {
  const found: { x: number; y: number }[] = [];
  for (const id of ids) {
    const node = nodes[id];
    if (node) found.push(node);
  }
  return boundsOf(found);
}

/** The viewport that shows the box whole in a pane of the given size, with a margin. */
export function viewportFor(
  bounds: Bounds,
  width: number,
  height: number,
  maxZoom = 1,
  padding = 0.08,
): { x: number; y: number; zoom: number } {
  const boxWidth = Math.max(bounds.maxX - bounds.minX, 1);
  const boxHeight = Math.max(bounds.maxY - bounds.minY, 1);
  const usable = 1 - padding * 2;
  const zoom = Math.min(
    Math.max(Math.min((width * usable) / boxWidth, (height * usable) / boxHeight), MIN_ZOOM),
    maxZoom,
  );
  return {
    x: width / 2 - ((bounds.minX + bounds.maxX) / 2) * zoom,
    y: height / 2 - ((bounds.minY + bounds.maxY) / 2) * zoom,
    zoom,
  };
}

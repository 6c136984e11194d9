import { NODE_HEIGHT, NODE_WIDTH } from './node-size.js';

export const MIN_ZOOM = 0.002;
export const MAX_ZOOM = 2;

export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** The box around the listed need nodes that exist; null when none does. */
export function boundsOfIds(
  ids: readonly string[],
  nodes: Readonly<Record<string, { x: number; y: number }>>,
): Bounds | null {
  // One pass, without listing the found need nodes first: a fit after a layout walks 10,000.
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const id of ids) {
    const node = nodes[id];
    if (!node) continue;
    if (node.x < minX) minX = node.x;
    if (node.y < minY) minY = node.y;
    if (node.x > maxX) maxX = node.x;
    if (node.y > maxY) maxY = node.y;
  }
  if (minX === Infinity) return null;
  return { minX, minY, maxX: maxX + NODE_WIDTH, maxY: maxY + NODE_HEIGHT };
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

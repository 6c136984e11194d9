import type { LaidOut } from './elk-layout.js';

/**
 * Shift laid-out positions so the block's top-left lands on `anchor` (where the laid-out need
 * nodes' box began), round them to whole pixels and pack them in the order of `ids`: x, y of
 * `ids[i]` at 2i, 2i + 1, NaN for one the layout left out (it stays put). It runs in the
 * layout worker, so the main thread never walks 10,000 positions, and whole numbers make the
 * node.move payload smaller.
 */
export function anchorPositions(
  positions: readonly LaidOut[],
  ids: readonly string[],
  anchor: { x: number; y: number } | null,
): Float64Array {
  let minX = Infinity;
  let minY = Infinity;
  for (const { x, y } of positions) {
    if (x < minX) minX = x;
    if (y < minY) minY = y;
  }
  const dx = anchor && positions.length > 0 ? anchor.x - minX : 0;
  const dy = anchor && positions.length > 0 ? anchor.y - minY : 0;
  const at = new Map(positions.map((position) => [position.id, position]));
  const xy = new Float64Array(ids.length * 2);
  ids.forEach((id, i) => {
    const position = at.get(id);
    xy[i * 2] = position ? Math.round(position.x + dx) : NaN;
    xy[i * 2 + 1] = position ? Math.round(position.y + dy) : NaN;
  });
  return xy;
}

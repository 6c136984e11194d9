import type { LaidOut } from './elk-layout.js';

/**
 * Shift laid-out positions so the block's top-left lands on `anchor` (where the laid-out need
 * nodes' box began) and round them to whole pixels. It runs in the layout worker, so the main
 * thread never walks 10,000 positions, and whole numbers make the node.move payload smaller.
 */
export function anchorPositions(
  positions: readonly LaidOut[],
  anchor: { x: number; y: number } | null,
): LaidOut[] {
  let minX = Infinity;
  let minY = Infinity;
  for (const { x, y } of positions) {
    if (x < minX) minX = x;
    if (y < minY) minY = y;
  }
  const dx = anchor && positions.length > 0 ? anchor.x - minX : 0;
  const dy = anchor && positions.length > 0 ? anchor.y - minY : 0;
  return positions.map(({ id, x, y }) => ({ id, x: Math.round(x + dx), y: Math.round(y + dy) }));
}

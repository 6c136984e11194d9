import { NODE_HEIGHT, NODE_WIDTH } from './node-size.js';

const GAP = 16;

function overlaps(a: { x: number; y: number }, b: { x: number; y: number }): boolean {
  return Math.abs(a.x - b.x) < NODE_WIDTH && Math.abs(a.y - b.y) < NODE_HEIGHT;
}

/**
 * Where a new need node added from the toolbar goes: the wanted spot, or the first free one
 * below it, so repeated adds at the centre of the view do not stack on top of each other.
 */
export function freeSpot(
  taken: Iterable<{ x: number; y: number }>,
  wanted: { x: number; y: number },
): { x: number; y: number } {
  const others = [...taken];
  let spot = wanted;
  for (let step = 0; step < 1000 && others.some((other) => overlaps(other, spot)); step++) {
    spot = { x: wanted.x, y: spot.y + NODE_HEIGHT + GAP };
  }
  return spot;
}

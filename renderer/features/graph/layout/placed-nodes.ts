import type { NeedNode } from '../../../../shared/model/index.js';
import { inSlices } from './time-slices.js';

type NodeRecord = Readonly<Record<string, NeedNode>>;

/**
 * `base` with `ids[i]` moved to x, y at `xy[2i]`, `xy[2i + 1]` (NaN: not moved), built a time
 * slice at a time: copying a 10,000-key record in one go holds the window up, and the store
 * then takes the result in one update, so everything that follows the need nodes redraws once.
 */
export async function placedNodes(
  base: NodeRecord,
  ids: readonly string[],
  xy: Float64Array,
): Promise<Record<string, NeedNode>> {
  const moved = new Map<string, NeedNode>();
  await inSlices(ids.length, (i) => {
    const id = ids[i] as string;
    const node = base[id];
    const x = xy[i * 2] as number;
    const y = xy[i * 2 + 1] as number;
    if (node && Number.isFinite(x) && Number.isFinite(y) && (node.x !== x || node.y !== y)) {
      moved.set(id, { ...node, x, y });
    }
  });
  const keys = Object.keys(base);
  const placed: Record<string, NeedNode> = {};
  await inSlices(keys.length, (i) => {
    const id = keys[i] as string;
    placed[id] = moved.get(id) ?? (base[id] as NeedNode);
  });
  return placed;
}

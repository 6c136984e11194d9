import type { IndexedProject } from './indexed.js';

/**
 * Need node indices ordered as risk lists break ties: key items first, then the need nodes
 * most others need, then input order. A stable counting sort on the dependents count: no
 * comparisons, so it stays linear however large the project.
 */
export function needOrder({ nodes, dependents }: IndexedProject): Int32Array {
  const count = nodes.length;
  let most = 0;
  for (let i = 0; i < count; i++) most = Math.max(most, dependents[i] as number);
  // Bucket of node i: key items in 0..most, the others in most+1..2*most+1, most needed first.
  const bucketOf = new Int32Array(count);
  const start = new Int32Array(2 * (most + 1) + 1);
  for (let i = 0; i < count; i++) {
    const bucket = (nodes[i]?.keyItem ? 0 : most + 1) + most - (dependents[i] as number);
    bucketOf[i] = bucket;
    start[bucket + 1] = (start[bucket + 1] as number) + 1;
  }
  for (let b = 1; b < start.length; b++) start[b] = (start[b] as number) + (start[b - 1] as number);
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const bucket = bucketOf[i] as number;
    order[start[bucket] as number] = i;
    start[bucket] = (start[bucket] as number) + 1;
  }
  return order;
}

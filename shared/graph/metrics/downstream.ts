import { neighbours, type Csr } from './indexed.js';

/**
 * Nodes reachable from any source along `graph`, sources excluded unless a cycle leads back
 * to them. One breadth-first pass, however many sources.
 */
export function reachableFrom(
  nodeCount: number,
  graph: Csr,
  sources: Iterable<number>,
): Uint8Array {
  const seen = new Uint8Array(nodeCount);
  const queue: number[] = [];
  for (const source of sources) {
    for (const next of neighbours(graph, source)) {
      if (!seen[next]) {
        seen[next] = 1;
        queue.push(next);
      }
    }
  }
  for (let q = 0; q < queue.length; q++) {
    for (const next of neighbours(graph, queue[q] as number)) {
      if (!seen[next]) {
        seen[next] = 1;
        queue.push(next);
      }
    }
  }
  return seen;
}

import { buildCsr, identity, type Csr } from './indexed.js';

/**
 * Strongly connected components (Tarjan, iterative so deep chains cannot overflow the stack).
 * The model refuses cycles, but merged edits from two replicas can still close one, so every
 * pass works on the components. Tarjan finishes a component only after every component it
 * reaches, so numbering in finishing order puts each component after all of its successors:
 * a pass over components 0, 1, 2, … sees the upstream side first.
 */
export interface Condensation {
  /** Component of each node. */
  componentOf: Int32Array;
  count: number;
  /** Members of each component. */
  members: Csr;
  /** Successor components (upstream side), without duplicates or self-loops. */
  successors: Csr;
}

export function condense(nodeCount: number, graph: Csr): Condensation {
  const componentOf = new Int32Array(nodeCount).fill(-1);
  const order = new Int32Array(nodeCount).fill(-1);
  const low = new Int32Array(nodeCount);
  const onStack = new Uint8Array(nodeCount);
  const stack = new Int32Array(nodeCount);
  const callNode = new Int32Array(nodeCount);
  const callEdge = new Int32Array(nodeCount);
  let stackSize = 0;
  let counter = 0;
  let count = 0;

  for (let root = 0; root < nodeCount; root++) {
    if (order[root] !== -1) continue;
    let depth = 0;
    callNode[0] = root;
    callEdge[0] = graph.start[root] as number;
    order[root] = low[root] = counter++;
    stack[stackSize++] = root;
    onStack[root] = 1;
    while (depth >= 0) {
      const v = callNode[depth] as number;
      const edge = callEdge[depth] as number;
      if (edge < (graph.start[v + 1] as number)) {
        callEdge[depth] = edge + 1;
        const w = graph.targets[edge] as number;
        if (order[w] === -1) {
          order[w] = low[w] = counter++;
          stack[stackSize++] = w;
          onStack[w] = 1;
          depth++;
          callNode[depth] = w;
          callEdge[depth] = graph.start[w] as number;
        } else if (onStack[w]) {
          low[v] = Math.min(low[v] as number, order[w] as number);
        }
        continue;
      }
      if (low[v] === order[v]) {
        let w: number;
        do {
          w = stack[--stackSize] as number;
          onStack[w] = 0;
          componentOf[w] = count;
        } while (w !== v);
        count++;
      }
      depth--;
      if (depth >= 0) {
        const parent = callNode[depth] as number;
        low[parent] = Math.min(low[parent] as number, low[v] as number);
      }
    }
  }
  return { componentOf, count, ...componentGraphs(nodeCount, graph, componentOf, count) };
}

function componentGraphs(
  nodeCount: number,
  graph: Csr,
  componentOf: Int32Array,
  count: number,
): { members: Csr; successors: Csr } {
  const members = buildCsr(count, componentOf, identity(nodeCount));
  // At most one component edge per graph edge.
  const from = new Int32Array(graph.targets.length);
  const to = new Int32Array(graph.targets.length);
  let edges = 0;
  const seen = new Int32Array(count).fill(-1);
  for (let c = 0; c < count; c++) {
    for (let m = members.start[c] as number; m < (members.start[c + 1] as number); m++) {
      const v = members.targets[m] as number;
      for (let e = graph.start[v] as number; e < (graph.start[v + 1] as number); e++) {
        const d = componentOf[graph.targets[e] as number] as number;
        if (d !== c && seen[d] !== c) {
          seen[d] = c;
          from[edges] = c;
          to[edges] = d;
          edges += 1;
        }
      }
    }
  }
  return {
    members,
    successors: buildCsr(count, from.subarray(0, edges), to.subarray(0, edges)),
  };
}

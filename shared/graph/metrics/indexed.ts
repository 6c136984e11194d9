import type { MetricsInput, MetricsLink, MetricsNode, MetricsParty } from './input.js';

/** Compressed adjacency: the neighbours of i are targets[start[i] .. start[i + 1]). */
export interface Csr {
  start: Int32Array;
  targets: Int32Array;
}

/**
 * The project as dense integer indices, built once so every pass runs over typed arrays.
 * Edges and links that name an unknown need node are left out; a link to an unknown party
 * stays, counted as foreign (nothing says it is domestic).
 */
export interface IndexedProject {
  input: MetricsInput;
  nodes: readonly MetricsNode[];
  indexOf: ReadonlyMap<string, number>;
  /** Needs edges, needing node → needed (upstream) node. */
  upstream: Csr;
  /** The same edges reversed: needed node → the nodes that need it. */
  downstream: Csr;
  links: readonly MetricsLink[];
  /** Link indices per need node. */
  linksOf: Csr;
  partyById: ReadonlyMap<string, MetricsParty>;
  /** Per link: 1 when its party is in the home country. */
  domestic: Uint8Array;
  /** How many need nodes need each node directly: ties in risk lists go to the most needed. */
  dependents: Int32Array;
}

export function buildCsr(count: number, from: Int32Array, to: Int32Array): Csr {
  const start = new Int32Array(count + 1);
  for (const f of from) start[f + 1] = (start[f + 1] ?? 0) + 1;
  for (let i = 0; i < count; i++) start[i + 1] = (start[i + 1] ?? 0) + (start[i] ?? 0);
  const fill = start.slice(0, count);
  const targets = new Int32Array(from.length);
  for (let e = 0; e < from.length; e++) {
    const f = from[e] as number;
    targets[fill[f] as number] = to[e] as number;
    fill[f] = (fill[f] as number) + 1;
  }
  return { start, targets };
}

export function indexProject(input: MetricsInput): IndexedProject {
  const nodes = input.nodes;
  const indexOf = new Map<string, number>();
  nodes.forEach((node, i) => indexOf.set(node.id, i));

  const fromAll = new Int32Array(input.edges.length);
  const toAll = new Int32Array(input.edges.length);
  let edgeCount = 0;
  for (const edge of input.edges) {
    const f = indexOf.get(edge.fromId);
    const t = indexOf.get(edge.toId);
    if (f === undefined || t === undefined) continue;
    fromAll[edgeCount] = f;
    toAll[edgeCount] = t;
    edgeCount += 1;
  }
  const fromArray = fromAll.subarray(0, edgeCount);
  const toArray = toAll.subarray(0, edgeCount);

  const downstream = buildCsr(nodes.length, toArray, fromArray);
  const partyById = new Map(input.parties.map((party) => [party.id, party]));
  const links = input.links.every((link) => indexOf.has(link.nodeId))
    ? input.links
    : input.links.filter((link) => indexOf.has(link.nodeId));
  const linkNodes = Int32Array.from(links, (link) => indexOf.get(link.nodeId) ?? 0);
  const domestic = Uint8Array.from(links, (link) =>
    partyById.get(link.partyId)?.country === input.homeCountry ? 1 : 0,
  );
  return {
    input,
    nodes,
    indexOf,
    upstream: buildCsr(nodes.length, fromArray, toArray),
    downstream,
    links,
    linksOf: buildCsr(
      nodes.length,
      linkNodes,
      Int32Array.from(links, (_link, i) => i),
    ),
    partyById,
    domestic,
    dependents: Int32Array.from({ length: nodes.length }, (_, i) => {
      return (downstream.start[i + 1] as number) - (downstream.start[i] as number);
    }),
  };
}

/** The neighbours of node i in a CSR, as a subarray view (no copy). */
export function neighbours(csr: Csr, i: number): Int32Array {
  return csr.targets.subarray(csr.start[i], csr.start[i + 1]);
}

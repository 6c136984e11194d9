import type { MetricsEdge, MetricsInput, MetricsLink, MetricsNode, MetricsParty } from './input.js';
import { buildIdIndex, type IdIndex } from './id-index.js';

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
  /** Needs edges, needing node → needed (upstream) node. */
  upstream: Csr;
  /** The same edges reversed: needed node → the nodes that need it. */
  downstream: Csr;
  links: readonly MetricsLink[];
  /** Per link: its need node's index. */
  linkNode: Int32Array;
  /** Link indices per need node. */
  linksOf: Csr;
  partyById: ReadonlyMap<string, MetricsParty>;
  /** Per link: 1 when its party is in the home country. */
  domestic: Uint8Array;
  /** How many need nodes need each node directly: ties in risk lists go to the most needed. */
  dependents: Int32Array;
}

// Index loops throughout: these passes run a handful of times per call, often before the
// optimiser has compiled them, where for-of and TypedArray.from allocate per element.
export function buildCsr(count: number, from: Int32Array, to: Int32Array): Csr {
  const start = new Int32Array(count + 1);
  for (let e = 0; e < from.length; e++) {
    const f = from[e] as number;
    start[f + 1] = (start[f + 1] as number) + 1;
  }
  for (let i = 0; i < count; i++) start[i + 1] = (start[i + 1] as number) + (start[i] as number);
  const fill = start.slice(0, count);
  const targets = new Int32Array(from.length);
  for (let e = 0; e < from.length; e++) {
    const f = from[e] as number;
    targets[fill[f] as number] = to[e] as number;
    fill[f] = (fill[f] as number) + 1;
  }
  return { start, targets };
}

/** 0, 1, …, count - 1. */
export function identity(count: number): Int32Array {
  const values = new Int32Array(count);
  for (let i = 0; i < count; i++) values[i] = i;
  return values;
}

export function indexProject(input: MetricsInput): IndexedProject {
  const nodes = input.nodes;
  const indexOf = buildIdIndex(nodes);

  const fromAll = new Int32Array(input.edges.length);
  const toAll = new Int32Array(input.edges.length);
  let edgeCount = 0;
  for (let e = 0; e < input.edges.length; e++) {
    const edge = input.edges[e] as MetricsEdge;
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
  const dependents = new Int32Array(nodes.length);
  for (let i = 0; i < nodes.length; i++) {
    dependents[i] = (downstream.start[i + 1] as number) - (downstream.start[i] as number);
  }

  const partyById = new Map<string, MetricsParty>();
  for (const party of input.parties) partyById.set(party.id, party);
  const { links, linkNode } = knownLinks(input.links, indexOf);
  const domestic = new Uint8Array(links.length);
  for (let l = 0; l < links.length; l++) {
    const party = partyById.get((links[l] as MetricsLink).partyId);
    domestic[l] = party?.country === input.homeCountry ? 1 : 0;
  }
  return {
    input,
    nodes,
    upstream: buildCsr(nodes.length, fromArray, toArray),
    downstream,
    links,
    linkNode,
    linksOf: buildCsr(nodes.length, linkNode, identity(links.length)),
    partyById,
    domestic,
    dependents,
  };
}

/** The links whose need node is known, with that node's index. */
function knownLinks(
  all: readonly MetricsLink[],
  indexOf: IdIndex,
): { links: readonly MetricsLink[]; linkNode: Int32Array } {
  const linkNode = new Int32Array(all.length);
  let known = 0;
  for (let l = 0; l < all.length; l++) {
    const i = indexOf.get((all[l] as MetricsLink).nodeId);
    if (i === undefined) continue;
    linkNode[known] = i;
    known += 1;
  }
  if (known === all.length) return { links: all, linkNode };
  return {
    links: all.filter((link) => indexOf.has(link.nodeId)),
    linkNode: linkNode.slice(0, known),
  };
}

/** The neighbours of node i in a CSR, as a subarray view (no copy). */
export function neighbours(csr: Csr, i: number): Int32Array {
  return csr.targets.subarray(csr.start[i], csr.start[i + 1]);
}

import {
  countActiveFilters,
  matchesFilters,
  type NodeFacts,
} from '../../../shared/graph/filters.js';
import {
  hiddenByCollapse,
  indexGraph,
  reachable,
  type GraphIndex,
} from '../../../shared/graph/traversal.js';
import type { LinkStatus, NeedsEdge } from '../../../shared/model/index.js';
import { linksOfNode } from '../../store/selectors.js';
import type { AppState, Trace } from '../../store/types.js';
import { bestStage, supplyOrigin } from './supply.js';

/** Remembers the last answer for the same inputs (compared by identity). */
function memoLast<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let lastResult: R;
  return (...args: A) => {
    if (lastArgs && lastArgs.length === args.length && lastArgs.every((a, i) => a === args[i])) {
      return lastResult;
    }
    lastResult = compute(...args);
    lastArgs = args;
    return lastResult;
  };
}

const indexOf = memoLast((edges: Readonly<Record<string, NeedsEdge>>) =>
  indexGraph(Object.values(edges)),
);

export function graphIndex(state: AppState): GraphIndex {
  return indexOf(state.edges);
}

const hiddenOf = memoLast(
  (index: GraphIndex, nodeIds: readonly string[], collapsed: readonly string[]) =>
    hiddenByCollapse(index, nodeIds, new Set(collapsed)),
);

const NONE_HIDDEN: ReadonlySet<string> = new Set();

/** Need nodes folded away under a collapsed node. */
export function hiddenNodeIds(state: AppState): ReadonlySet<string> {
  // Without a collapsed node there is nothing to walk: no need to index the needs edges.
  if (state.collapsedIds.length === 0) return NONE_HIDDEN;
  return hiddenOf(graphIndex(state), state.nodeIds, state.collapsedIds);
}

const visibleOf = memoLast((nodeIds: readonly string[], hidden: ReadonlySet<string>) =>
  hidden.size === 0 ? nodeIds : nodeIds.filter((id) => !hidden.has(id)),
);

export function visibleNodeIds(state: AppState): readonly string[] {
  return visibleOf(state.nodeIds, hiddenNodeIds(state));
}

/** What the filters look at, for every need node at once. */
const factsOf = memoLast(
  (
    nodes: AppState['nodes'],
    links: AppState['links'],
    linkIdsByNode: AppState['linkIdsByNode'],
    parties: AppState['parties'],
    homeCountry: string,
  ): ReadonlyMap<string, NodeFacts> => {
    const facts = new Map<string, NodeFacts>();
    const view = { links, linkIdsByNode } as AppState;
    for (const node of Object.values(nodes)) {
      const own = linksOfNode(view, node.id);
      facts.set(node.id, {
        kind: node.kind,
        keyItem: node.keyItem,
        partyIds: own.map((link) => link.partyId),
        bestStage: bestStage(own),
        statuses: [...new Set<LinkStatus>(own.map((link) => link.status))],
        origin: supplyOrigin(own, parties, homeCountry),
      });
    }
    return facts;
  },
);

export function nodeFactsOf(state: AppState): ReadonlyMap<string, NodeFacts> {
  return factsOf(
    state.nodes,
    state.links,
    state.linkIdsByNode,
    state.parties,
    state.projectMeta?.homeCountry ?? '',
  );
}

/** Need nodes matching the search and the filters, or null when neither is set. */
const matchingOf = memoLast(
  (
    facts: ReadonlyMap<string, NodeFacts>,
    filters: AppState['filters'],
    hits: readonly string[] | null,
  ): ReadonlySet<string> | null => {
    const filtering = countActiveFilters(filters) > 0;
    if (!filtering && hits === null) return null;
    const ids = hits ?? [...facts.keys()];
    const matching = new Set<string>();
    for (const id of ids) {
      const fact = facts.get(id);
      if (fact && (!filtering || matchesFilters(fact, filters))) matching.add(id);
    }
    return matching;
  },
);

export function matchingNodeIds(state: AppState): ReadonlySet<string> | null {
  // Checked before the facts: building them walks every need node, and without a search or a
  // filter that walk would run on each open, drag frame and undo for nothing.
  if (state.searchHits === null && countActiveFilters(state.filters) === 0) return null;
  return matchingOf(nodeFactsOf(state), state.filters, state.searchHits);
}

export interface TraceResult {
  nodeIds: ReadonlySet<string>;
  edgeCount: number;
}

const traceOf = memoLast(
  (index: GraphIndex, trace: Trace, edges: AppState['edges']): TraceResult => {
    const nodeIds = reachable(index, trace.fromIds, trace.direction);
    let edgeCount = 0;
    for (const edge of Object.values(edges)) {
      if (nodeIds.has(edge.fromId) && nodeIds.has(edge.toId)) edgeCount++;
    }
    return { nodeIds, edgeCount };
  },
);

/** The traced need nodes (start nodes included) and the needs edges among them. */
export function traceResult(state: AppState): TraceResult | null {
  if (!state.trace) return null;
  return traceOf(graphIndex(state), state.trace, state.edges);
}

const litOf = memoLast(
  (matching: ReadonlySet<string> | null, trace: TraceResult | null): ReadonlySet<string> | null => {
    if (!matching) return trace?.nodeIds ?? null;
    if (!trace) return matching;
    return new Set([...matching].filter((id) => trace.nodeIds.has(id)));
  },
);

/**
 * The need nodes shown at full strength when a search, filter or trace is on (everything
 * else dims); null when none is, and nothing dims.
 */
export function litNodeIds(state: AppState): ReadonlySet<string> | null {
  return litOf(matchingNodeIds(state), traceResult(state));
}

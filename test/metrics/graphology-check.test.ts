import { DirectedGraph } from 'graphology';
import { bfsFromNode } from 'graphology-traversal';
import { describe, expect, test } from 'vitest';
import { reachableFrom } from '../../shared/graph/metrics/downstream.js';
import { indexProject } from '../../shared/graph/metrics/indexed.js';
import { buildReachedBy, forEachTargetReaching } from '../../shared/graph/metrics/reached-by.js';
import { computeMetrics, whatIf, type MetricsInput } from '../../shared/graph/metrics/index.js';
import { randomProject } from './random-project.js';

/** The independent implementation: graphology's graph and breadth-first search. */
function graphOf(input: MetricsInput): DirectedGraph {
  const graph = new DirectedGraph();
  for (const node of input.nodes) graph.addNode(node.id);
  for (const edge of input.edges) graph.mergeEdge(edge.fromId, edge.toId);
  return graph;
}

function reach(graph: DirectedGraph, from: string, mode: 'outbound' | 'inbound'): Set<string> {
  const seen = new Set<string>();
  bfsFromNode(graph, from, (key) => void seen.add(key), { mode });
  return seen;
}

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];
const shapes = SEEDS.map((seed) => ({
  seed,
  input: randomProject({
    seed,
    nodes: 60 + seed * 25,
    edgesPerNode: 1 + (seed % 3),
    linksPerNode: 1.5,
    parties: 12,
    backEdges: seed % 2 === 0 ? seed : 0,
  }),
}));

describe.each(shapes)('on random graph seed $seed', ({ input }) => {
  const graph = graphOf(input);
  const qualified = new Map<string, Set<string>>();
  for (const link of input.links) {
    if (link.stage < input.batchStage) continue;
    const parties = qualified.get(link.nodeId) ?? new Set<string>();
    parties.add(link.partyId);
    qualified.set(link.nodeId, parties);
  }
  const qualifiedCount = (id: string) => qualified.get(id)?.size ?? 0;

  test('the upstream set of every node equals graphology’s outbound search', () => {
    const project = indexProject(input);
    const reached = buildReachedBy(project, () => true);
    const upstreamOf = new Map<string, Set<string>>(
      input.nodes.map((node) => [node.id, new Set()]),
    );
    project.nodes.forEach((node, i) => {
      forEachTargetReaching(reached, i, (bit) => {
        const target = project.nodes[reached.targets[bit] ?? -1];
        if (target) upstreamOf.get(target.id)?.add(node.id);
      });
    });
    for (const node of input.nodes) {
      expect(upstreamOf.get(node.id)).toEqual(reach(graph, node.id, 'outbound'));
    }
  });

  test('the downstream closure equals graphology’s inbound search', () => {
    const project = indexProject(input);
    const sources = [0, Math.floor(input.nodes.length / 2), input.nodes.length - 1];
    const ours = reachableFrom(input.nodes.length, project.downstream, sources);
    // Reached along at least one edge: whatever needs a source, directly or further down.
    const expected = new Set<string>();
    for (const s of sources) {
      for (const next of graph.inNeighbors(input.nodes[s]?.id ?? '')) {
        for (const key of reach(graph, next, 'inbound')) expected.add(key);
      }
    }
    const got = new Set(input.nodes.filter((_node, i) => ours[i]).map((node) => node.id));
    expect(got).toEqual(expected);
  });

  test('every roll-up counts what graphology finds upstream', () => {
    const report = computeMetrics(input);
    const byId = new Map(input.nodes.map((node) => [node.id, node]));
    const domestic = new Set(input.parties.filter((p) => p.country === 'CN').map((p) => p.id));
    const coveredSS = new Set(
      input.links
        .filter((l) => l.stage >= input.batchStage && domestic.has(l.partyId))
        .map((l) => l.nodeId),
    );
    const coveredPA = new Set(
      input.links.filter((l) => l.stage >= input.batchStage).map((l) => l.nodeId),
    );
    for (const roll of [...report.byProduct, ...report.bySubsystem]) {
      let ss = 0;
      let ssCovered = 0;
      let pa = 0;
      let paCovered = 0;
      for (const id of reach(graph, roll.nodeId, 'outbound')) {
        const node = byId.get(id);
        if (!node?.keyItem) continue;
        if (node.kind === 'component' || node.kind === 'material') {
          ss += 1;
          if (coveredSS.has(id)) ssCovered += 1;
        } else if (node.kind === 'process') {
          pa += 1;
          if (coveredPA.has(id)) paCovered += 1;
        }
      }
      expect([roll.selfSufficiency.numerator, roll.selfSufficiency.denominator]).toEqual([
        ssCovered,
        ss,
      ]);
      expect([roll.processAdoption.numerator, roll.processAdoption.denominator]).toEqual([
        paCovered,
        pa,
      ]);
    }
  });

  test('hidden shared dependencies match a search of each node’s strict upstream', () => {
    const report = computeMetrics(input);
    const flagged = new Map(
      report.flags
        .filter((f) => f.flag === 'hidden_shared_dependency')
        .map((f) => [f.nodeId, f.params]),
    );
    const names = new Map(input.nodes.map((node) => [node.id, node.name]));
    for (const node of input.nodes) {
      if (qualifiedCount(node.id) < 2) {
        expect(flagged.has(node.id)).toBe(false);
        continue;
      }
      const strict = new Set<string>();
      for (const next of graph.outNeighbors(node.id))
        for (const id of reach(graph, next, 'outbound')) strict.add(id);
      const candidates = [...strict].filter((id) => qualifiedCount(id) === 1);
      expect(flagged.has(node.id)).toBe(candidates.length > 0);
      const via = flagged.get(node.id)?.via;
      if (via !== undefined) {
        expect(candidates.map((id) => names.get(id))).toContain(via);
      }
    }
  });

  test('a what-if cuts exactly the nodes graphology finds downstream of the unsupplied ones', () => {
    const party = input.parties[0]?.id ?? '';
    const result = whatIf(input, { lostPartyIds: [party], lostNodeIds: [] });
    const after = new Map<string, number>();
    for (const link of input.links) {
      if (link.stage < input.batchStage || link.partyId === party) continue;
      after.set(link.nodeId, (after.get(link.nodeId) ?? 0) + 1);
    }
    const unsupplied = input.nodes
      .filter((node) => qualifiedCount(node.id) > 0 && !after.has(node.id))
      .map((node) => node.id);
    expect(result.noSupplier.map((n) => n.nodeId).sort()).toEqual([...unsupplied].sort());
    const cut = new Set<string>();
    for (const id of unsupplied) {
      for (const next of graph.inNeighbors(id))
        for (const key of reach(graph, next, 'inbound')) cut.add(key);
    }
    for (const id of unsupplied) cut.delete(id);
    const ours = result.affected.filter((n) => n.impact === 'cut').map((n) => n.nodeId);
    expect(new Set(ours)).toEqual(cut);
  });
});

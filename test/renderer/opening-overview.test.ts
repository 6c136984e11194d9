import { describe, expect, it } from 'vitest';
import {
  primeOpeningOverview,
  primedEdgeList,
  primedOverview,
} from '../../renderer/features/graph/overview/opening-overview.js';
import { buildOverviewData } from '../../renderer/features/graph/overview/overview-data.js';
import { edge, node } from './fixtures.js';

const nodes = { a: node('a', { x: 0 }), b: node('b', { x: 300 }) };
const nodeIds = ['a', 'b'];
const edges = { ab: edge('ab', 'a', 'b') };

describe("the opening graph's drawing data, made before the view renders", () => {
  it('is what the view would build from the same graph, and is handed over for it', () => {
    primeOpeningOverview({ nodeIds, nodes, edges });
    const edgeList = primedEdgeList(edges);
    expect(edgeList).toEqual([edges.ab]);
    const primed = primedOverview(nodeIds, nodes, edgeList ?? [], null, []);
    const built = buildOverviewData(nodeIds, nodes, [edges.ab], null, new Set());
    expect(primed).not.toBeNull();
    expect({ ...primed, ids: [...(primed?.ids ?? [])] }).toEqual({ ...built, ids: [...built.ids] });
  });

  it('is handed over once, and not kept after that', () => {
    primeOpeningOverview({ nodeIds, nodes, edges });
    const edgeList = primedEdgeList(edges) ?? [];
    expect(primedOverview(nodeIds, nodes, edgeList, null, [])).not.toBeNull();
    expect(primedOverview(nodeIds, nodes, edgeList, null, [])).toBeNull();
    expect(primedEdgeList(edges)).toBeNull();
  });

  it('is not handed over for another graph, a selection, a trace or a filter', () => {
    primeOpeningOverview({ nodeIds, nodes, edges });
    const edgeList = primedEdgeList(edges) ?? [];
    expect(primedEdgeList({ ...edges })).toBeNull();
    expect(primedOverview([...nodeIds], nodes, edgeList, null, [])).toBeNull();
    expect(primedOverview(nodeIds, { ...nodes }, edgeList, null, [])).toBeNull();
    expect(primedOverview(nodeIds, nodes, [...edgeList], null, [])).toBeNull();
    expect(primedOverview(nodeIds, nodes, edgeList, new Set(['a']), [])).toBeNull();
    expect(primedOverview(nodeIds, nodes, edgeList, null, ['a'])).toBeNull();
  });
});

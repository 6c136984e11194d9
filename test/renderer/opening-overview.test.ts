import { describe, expect, it } from 'vitest';
import {
  primeOpeningOverview,
  primedEdgeList,
  primedOverview,
} from '../../renderer/features/graph/overview/opening-overview.js';
import { buildOverviewData } from '../../renderer/features/graph/overview/overview-data.js';
import { openedGraph } from '../../renderer/store/graph-contents.js';
import { edge, node, snapshot } from './fixtures.js';
import { columnsOfSnapshot } from './snapshot-columns.js';

/** A graph as the opening gets it from project.load, with one needs edge to no need node. */
const opened = openedGraph(
  columnsOfSnapshot(
    snapshot({
      nodes: [node('a', { x: 0 }), node('b', { x: 300 }), node('c', { x: 600, kind: 'material' })],
      edges: [edge('ab', 'a', 'b'), edge('bc', 'b', 'c'), edge('bx', 'b', 'gone')],
      links: [],
    }),
  ),
);
const { nodeIds, nodes, edges } = opened.contents;
const opening = {
  ...opened.contents,
  edgeList: opened.snapshot.edges,
  edgeEnds: opened.edgeEnds,
};

describe("the opening graph's drawing data, made before the view renders", () => {
  it('is what the view would build from the same graph, and is handed over for it', () => {
    primeOpeningOverview(opening);
    const edgeList = primedEdgeList(edges);
    expect(edgeList).toEqual(Object.values(edges));
    const primed = primedOverview(nodeIds, nodes, edgeList ?? [], null, []);
    // Built from the records alone, with no shape remembered from the columns.
    const built = buildOverviewData([...nodeIds], nodes, Object.values(edges), null, new Set());
    expect(built.edgeCount).toBe(2);
    expect(primed).not.toBeNull();
    expect({ ...primed, ids: [...(primed?.ids ?? [])] }).toEqual({ ...built, ids: [...built.ids] });
  });

  it('is handed over once, and not kept after that', () => {
    primeOpeningOverview(opening);
    const edgeList = primedEdgeList(edges) ?? [];
    expect(primedOverview(nodeIds, nodes, edgeList, null, [])).not.toBeNull();
    expect(primedOverview(nodeIds, nodes, edgeList, null, [])).toBeNull();
    expect(primedEdgeList(edges)).toBeNull();
  });

  it('is not handed over for another graph, a selection, a trace or a filter', () => {
    primeOpeningOverview(opening);
    const edgeList = primedEdgeList(edges) ?? [];
    expect(primedEdgeList({ ...edges })).toBeNull();
    expect(primedOverview([...nodeIds], nodes, edgeList, null, [])).toBeNull();
    expect(primedOverview(nodeIds, { ...nodes }, edgeList, null, [])).toBeNull();
    expect(primedOverview(nodeIds, nodes, [...edgeList], null, [])).toBeNull();
    expect(primedOverview(nodeIds, nodes, edgeList, new Set(['a']), [])).toBeNull();
    expect(primedOverview(nodeIds, nodes, edgeList, null, ['a'])).toBeNull();
  });
});

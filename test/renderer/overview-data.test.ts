import { describe, expect, it } from 'vitest';
import { NODE_HEIGHT, NODE_WIDTH } from '../../renderer/features/graph/flow-model.js';
import {
  buildOverviewData,
  edgeLines,
} from '../../renderer/features/graph/overview/overview-data.js';
import type { NeedNode } from '../../shared/model/index.js';
import { edge, node } from './fixtures.js';

const record = (nodes: NeedNode[]) => Object.fromEntries(nodes.map((each) => [each.id, each]));

describe('the overview drawing data', () => {
  const ids = ['a', 'b', 'c'];
  const edges = [edge('ab', 'a', 'b'), edge('bc', 'b', 'c')];

  it('follows moved need nodes with the same ids and needs edges', () => {
    const before = record([node('a', { x: 0 }), node('b', { x: 300 }), node('c', { x: 600 })]);
    buildOverviewData(ids, before, edges, null, new Set());
    const moved = { ...before, b: { ...before.b, x: 900, y: 40 } as NeedNode };
    const data = buildOverviewData(ids, moved, edges, null, new Set());
    expect([...data.xy]).toEqual([0, 0, 900, 40, 600, 0]);
    const { edgeXy } = edgeLines(data.xy, data.flags, data.edgeEnds);
    expect([...edgeXy.slice(0, 4)]).toEqual([
      NODE_WIDTH,
      NODE_HEIGHT / 2,
      900,
      40 + NODE_HEIGHT / 2,
    ]);
    expect(data.edgeIds).toEqual(['ab', 'bc']);
  });

  it('leaves out an id that is no longer a need node, and its needs edges', () => {
    const all = record([node('a'), node('b'), node('c')]);
    buildOverviewData(ids, all, edges, null, new Set());
    const withoutB = record([node('a'), node('c')]);
    const data = buildOverviewData(ids, withoutB, edges, null, new Set());
    expect(data.ids).toEqual(['a', 'c']);
    expect(data.edgeIds).toEqual([]);
    expect(data.edgeCount).toBe(0);
  });

  it('derives each needs edge line from its ends, lit when both ends are', () => {
    const data = buildOverviewData(
      ids,
      record([node('a', { x: 5 }), node('b', { x: 400, y: 9 }), node('c')]),
      edges,
      new Set(['a', 'b']),
      new Set(),
    );
    const derived = edgeLines(data.xy, data.flags, data.edgeEnds);
    expect([...derived.edgeXy]).toEqual([
      5 + NODE_WIDTH,
      NODE_HEIGHT / 2,
      400,
      9 + NODE_HEIGHT / 2,
      400 + NODE_WIDTH,
      9 + NODE_HEIGHT / 2,
      0,
      NODE_HEIGHT / 2,
    ]);
    expect([...derived.edgeLit]).toEqual([1, 0]);
  });
});

import { describe, expect, it } from 'vitest';
import { placedNodes } from '../../renderer/features/graph/layout/placed-nodes.js';
import type { NeedNode } from '../../shared/model/index.js';
import { node } from './fixtures.js';
import { loadedStore } from './store-harness.js';

const byId = (nodes: NeedNode[]) => Object.fromEntries(nodes.map((each) => [each.id, each]));

describe('placing laid-out need nodes', () => {
  it('copies the record with the laid-out positions, keeping unmoved and left-out nodes as they were', async () => {
    const base = byId([node('a', { x: 0, y: 0 }), node('b', { x: 5, y: 5 }), node('c')]);
    const placed = await placedNodes(
      base,
      ['a', 'b', 'c'],
      Float64Array.from([10, 20, 5, 5, NaN, NaN]),
    );
    expect(Object.keys(placed)).toEqual(['a', 'b', 'c']);
    expect(placed.a).toMatchObject({ x: 10, y: 20 });
    expect(placed.b).toBe(base.b);
    expect(placed.c).toBe(base.c);
    expect(base.a).toMatchObject({ x: 0, y: 0 });
  });

  it('takes the placed record in one update, unless the need nodes changed meanwhile', async () => {
    const { store } = await loadedStore();
    const base = store.getState().nodes;
    const placed = { ...base, bearing: { ...(base.bearing as NeedNode), x: 900 } };
    store.getState().dragNodes([{ id: 'steel', x: 1, y: 1 }]);
    expect(store.getState().placeNodes(placed, base)).toBe(false);
    expect(store.getState().nodes.bearing?.x).not.toBe(900);
    const now = store.getState().nodes;
    expect(store.getState().placeNodes({ ...now, bearing: placed.bearing }, now)).toBe(true);
    expect(store.getState().nodes.bearing?.x).toBe(900);
  });
});

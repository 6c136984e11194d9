import { describe, expect, it } from 'vitest';
import { createFlowEdgeBuilder, quantityLabel } from '../../renderer/features/graph/flow-edges.js';
import {
  createFlowNodeBuilder,
  FAR_END,
  NODE_HEIGHT,
  NODE_WIDTH,
} from '../../renderer/features/graph/flow-model.js';
import { freeSpot } from '../../renderer/features/graph/placement.js';
import { edge, node } from './fixtures.js';

describe('React Flow nodes built from the store', () => {
  const nodes = { a: node('a', { kind: 'system' }), b: node('b', { x: 300 }) };

  it('carry the kind as type, the position, and a fixed declared size', () => {
    const [first] = createFlowNodeBuilder()(['a'], nodes, new Set());
    expect(first).toMatchObject({
      id: 'a',
      type: 'system',
      position: { x: 0, y: 0 },
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
      measured: { width: NODE_WIDTH, height: NODE_HEIGHT },
      selected: false,
    });
  });

  it('are reused for need nodes that did not move or change selection', () => {
    const build = createFlowNodeBuilder();
    const [a1, b1] = build(['a', 'b'], nodes, new Set());
    const moved = { ...nodes, b: { ...nodes.b, x: 320 } };
    const [a2, b2] = build(['a', 'b'], moved, new Set());
    expect(a2).toBe(a1);
    expect(b2).not.toBe(b1);
    expect(b2?.position).toEqual({ x: 320, y: 0 });
    const [a3] = build(['a', 'b'], moved, new Set(['a']));
    expect(a3).not.toBe(a2);
    expect(a3?.selected).toBe(true);
  });

  it('keep their order as the window moves, and come as the same list when nothing changed', () => {
    const build = createFlowNodeBuilder();
    const more = { ...nodes, c: node('c', { x: 600 }) };
    const first = build(['a', 'b'], more, new Set());
    expect(build(['a', 'b'], more, new Set())).toBe(first);
    expect(build(['c', 'b', 'a'], more, new Set()).map((each) => each.id)).toEqual(['a', 'b', 'c']);
    expect(build(['c', 'b'], more, new Set()).map((each) => each.id)).toEqual(['b', 'c']);
  });

  it('are handle-only far ends for need nodes outside the window, cards again inside it', () => {
    const build = createFlowNodeBuilder();
    const [a1, b1] = build(['a', 'b'], nodes, new Set(), null, new Set(['b']));
    expect(a1?.type).toBe('system');
    expect(b1?.type).toBe(FAR_END);
    const [, b2] = build(['a', 'b'], nodes, new Set(), null, new Set(['b']));
    expect(b2).toBe(b1);
    const [, b3] = build(['a', 'b'], nodes, new Set());
    expect(b3?.type).toBe('component');
  });
});

describe('React Flow edges built from the store', () => {
  const nodes = { a: node('a', { name: 'Spindle' }), b: node('b', { name: 'Bearing' }) };

  it('run from the needing node to the needed one, named for screen readers', () => {
    const [first] = createFlowEdgeBuilder()(
      'en',
      ['e'],
      { e: edge('e', 'a', 'b') },
      nodes,
      new Set(),
    );
    expect(first).toMatchObject({
      source: 'a',
      target: 'b',
      ariaLabel: '“Spindle” needs “Bearing”',
    });
    expect(first?.label).toBeUndefined();
  });

  it('are reused while nothing they show changed', () => {
    const build = createFlowEdgeBuilder();
    const edges = { e: edge('e', 'a', 'b') };
    const [first] = build('en', ['e'], edges, nodes, new Set());
    const moved = { ...nodes, a: { ...nodes.a, x: 50 } };
    expect(build('en', ['e'], edges, moved, new Set())[0]).toBe(first);
    expect(build('zh-Hans', ['e'], edges, moved, new Set())[0]).not.toBe(first);
  });

  it('show the quantity and unit when there is one', () => {
    expect(quantityLabel('en', { ...edge('e', 'a', 'b'), quantity: 4, unit: 'pcs' })).toBe(
      '×4 pcs',
    );
    expect(quantityLabel('en', { ...edge('e', 'a', 'b'), quantity: 2, unit: '' })).toBe('×2');
  });
});

describe('placing a need node added from the toolbar', () => {
  it('takes the wanted spot when it is free', () => {
    expect(freeSpot([{ x: 500, y: 500 }], { x: 0, y: 0 })).toEqual({ x: 0, y: 0 });
  });

  it('goes below the nodes already there instead of on top of them', () => {
    const taken = [
      { x: 0, y: 0 },
      { x: 10, y: NODE_HEIGHT + 20 },
    ];
    const spot = freeSpot(taken, { x: 0, y: 0 });
    expect(spot.x).toBe(0);
    expect(spot.y).toBeGreaterThanOrEqual(2 * NODE_HEIGHT + 20);
  });
});

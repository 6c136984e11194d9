import { describe, expect, it } from 'vitest';
import { SpatialGrid } from '../../renderer/features/graph/window/spatial-grid.js';
import { edgeIdsByNode, windowedIds } from '../../renderer/features/graph/window/windowed-ids.js';
import { edge, node } from './fixtures.js';

const view = { minX: 0, minY: 0, maxX: 1000, maxY: 600 };

describe('the window of the graph handed to React Flow', () => {
  const nodes = {
    near: node('near', { x: 100, y: 100 }),
    edge: node('edge', { x: -150, y: 0 }),
    far: node('far', { x: 5000, y: 5000 }),
  };
  const ids = ['near', 'edge', 'far'];

  it('holds the need nodes whose cards overlap it, in the store order', () => {
    const grid = new SpatialGrid();
    grid.sync(ids, nodes);
    expect(grid.query(view)).toEqual(['near', 'edge']);
  });

  it('follows a need node that moves, without rebuilding for the same ids', () => {
    const grid = new SpatialGrid();
    grid.sync(ids, nodes);
    const moved = { ...nodes, far: { ...nodes.far, x: 500, y: 300 } };
    expect(grid.sync(ids, moved)).toBe(true);
    expect(grid.query(view)).toEqual(['near', 'edge', 'far']);
    expect(grid.sync(ids, moved)).toBe(false);
  });

  it('brings the far end of a needs edge along, but not a folded one', () => {
    const edges = { e1: edge('e1', 'near', 'far'), e2: edge('e2', 'far', 'edge') };
    const byNode = edgeIdsByNode(edges);
    expect(windowedIds(['near'], byNode, edges, new Set())).toEqual({
      nodeIds: ['near', 'far'],
      edgeIds: ['e1'],
    });
    expect(windowedIds(['near', 'edge'], byNode, edges, new Set(['far']))).toEqual({
      nodeIds: ['near', 'edge'],
      edgeIds: [],
    });
  });
});

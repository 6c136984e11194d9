import { describe, expect, it } from 'vitest';
import { backdropBox } from '../../renderer/features/graph/window/backdrop-box.js';
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
      farEnds: new Set(['far']),
    });
    expect(windowedIds(['near', 'edge'], byNode, edges, new Set(['far']))).toEqual({
      nodeIds: ['near', 'edge'],
      edgeIds: [],
      farEnds: new Set(),
    });
  });
});

describe('the backdrop under the window', () => {
  it('covers the graph and the window, a step past both, on whole steps', () => {
    const graph = { minX: -120, minY: 40, maxX: 2600, maxY: 900 };
    expect(backdropBox(graph, view)).toEqual({ minX: -2000, minY: -1000, maxX: 4000, maxY: 2000 });
    const farWindow = { minX: 8000, minY: -3500, maxX: 9000, maxY: -2900 };
    expect(backdropBox(graph, farWindow)).toEqual({
      minX: -2000,
      minY: -5000,
      maxX: 10000,
      maxY: 2000,
    });
  });

  it('stays the same while the graph grows within a step', () => {
    const graph = { minX: 0, minY: 0, maxX: 2100, maxY: 800 };
    const grown = { ...graph, maxX: 2900 };
    expect(backdropBox(grown, view)).toEqual(backdropBox(graph, view));
  });
});

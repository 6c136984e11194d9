import { describe, expect, it } from 'vitest';
import { MAX_ROWS, ROW_SPACING } from '../../electron/services/sample/layout.js';
import type { NeedNode } from '../../shared/model/entities.js';
import { NODE_HEIGHT, NODE_WIDTH } from '../../renderer/features/graph/flow-model.js';
import { newProject, tempDir } from './helpers.js';

/** The graph canvas of a 1280×800 window without the inspector: sidebar, toolbar, status bar off. */
const CANVAS = { width: 1280 - 212, height: 800 - 42 - 24 };
/** GraphCanvas fits the view with this padding (a fraction of the graph's size). */
const FIT_PADDING = 0.08;
const READABLE_ZOOM = 0.45;

function sampleGraph() {
  return newProject(tempDir(), { sample: true }).snapshot();
}

function overlaps(a: NeedNode, b: NeedNode): boolean {
  return Math.abs(a.x - b.x) < NODE_WIDTH && Math.abs(a.y - b.y) < NODE_HEIGHT;
}

describe('the sample project layout', () => {
  it('runs every needs edge from left to right', () => {
    const { nodes, edges } = sampleGraph();
    const x = new Map(nodes.map((n) => [n.id, n.x]));
    expect(edges.filter((e) => (x.get(e.fromId) ?? 0) + NODE_WIDTH > (x.get(e.toId) ?? 0))).toEqual(
      [],
    );
  });

  it('never lets two need node cards overlap', () => {
    const { nodes } = sampleGraph();
    const clashes = nodes.flatMap((a, i) =>
      nodes.slice(i + 1).flatMap((b) => (overlaps(a, b) ? [`${a.name} / ${b.name}`] : [])),
    );
    expect(clashes).toEqual([]);
  });

  it('stacks at most MAX_ROWS need nodes in any column', () => {
    const perColumn = new Map<number, number>();
    for (const node of sampleGraph().nodes) {
      perColumn.set(node.x, (perColumn.get(node.x) ?? 0) + 1);
    }
    expect(Math.max(...perColumn.values())).toBeLessThanOrEqual(MAX_ROWS);
  });

  it('fits a 1280×800 window at a zoom where the cards stay legible', () => {
    const { nodes } = sampleGraph();
    const xs = nodes.map((n) => n.x);
    const ys = nodes.map((n) => n.y);
    const width = Math.max(...xs) - Math.min(...xs) + NODE_WIDTH;
    const height = Math.max(...ys) - Math.min(...ys) + NODE_HEIGHT;
    const zoom = Math.min(
      CANVAS.width / (width * (1 + FIT_PADDING)),
      CANVAS.height / (height * (1 + FIT_PADDING)),
    );
    expect(zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
  });

  it('sets need nodes across from the nodes that need them, so few edges climb far', () => {
    const { nodes, edges } = sampleGraph();
    const y = new Map(nodes.map((n) => [n.id, n.y]));
    const climbs = edges
      .map((e) => Math.abs((y.get(e.fromId) ?? 0) - (y.get(e.toId) ?? 0)))
      .sort((a, b) => a - b);
    const ninetiethPercentile = climbs[Math.floor(climbs.length * 0.9)] ?? 0;
    expect(ninetiethPercentile).toBeLessThanOrEqual(4 * ROW_SPACING);
  });
});

import { describe, expect, it } from 'vitest';
import { drawMinimap } from '../../renderer/features/graph/overview/draw.js';
import {
  buildOverviewData,
  edgeLines,
} from '../../renderer/features/graph/overview/overview-data.js';
import type { NeedNode } from '../../shared/model/index.js';
import { node } from './fixtures.js';

interface Fill {
  colour: string;
  alpha: number;
  rects: number[];
}

/** The fills a drawing makes, each with the x of every rectangle in it. */
function recordingContext() {
  const fills: Fill[] = [];
  let rects: number[] = [];
  const ctx = {
    globalAlpha: 1,
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    clearRect() {},
    beginPath() {
      rects = [];
    },
    rect(x: number) {
      rects.push(x);
    },
    fill() {
      if (rects.length > 0) fills.push({ colour: this.fillStyle, alpha: this.globalAlpha, rects });
    },
    stroke() {},
  };
  return { ctx: ctx as unknown as OffscreenCanvasRenderingContext2D, fills };
}

const palette = {
  kinds: ['system', 'subsystem', 'component', 'material', 'process', 'tech'],
  edge: 'edge',
  edgeWidth: 1,
  selected: 'selected',
  panel: 'panel',
  border: 'border',
};

describe('drawing the overview', () => {
  it('fills each kind once per strength, dimmed before lit, every need node exactly once', () => {
    const nodes: NeedNode[] = [
      node('a', { kind: 'material', x: 1 }),
      node('b', { kind: 'component', x: 2 }),
      node('c', { kind: 'material', x: 3 }),
      node('d', { kind: 'component', x: 4 }),
      node('e', { kind: 'system', x: 5 }),
    ];
    const byId = Object.fromEntries(nodes.map((each) => [each.id, each]));
    const lit = new Set(['a', 'b', 'e']);
    const built = buildOverviewData(Object.keys(byId), byId, [], lit, new Set());
    const data = { ...built, ...edgeLines(built.xy, built.flags, built.edgeEnds) };
    const { ctx, fills } = recordingContext();
    drawMinimap(ctx, { data, t: { x: 0, y: 0, zoom: 1 }, width: 1000, height: 1000, palette });
    expect(fills).toEqual([
      { colour: 'system', alpha: 0.9, rects: [5] },
      { colour: 'component', alpha: 0.18, rects: [4] },
      { colour: 'component', alpha: 0.9, rects: [2] },
      { colour: 'material', alpha: 0.18, rects: [3] },
      { colour: 'material', alpha: 0.9, rects: [1] },
    ]);
  });
});

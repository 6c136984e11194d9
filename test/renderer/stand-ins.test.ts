import { describe, expect, it } from 'vitest';
import { LIT, SELECTED } from '../../renderer/features/graph/overview/overview-data.js';
import { drawStandIns } from '../../renderer/features/graph/window/draw-stand-ins.js';
import type { PassingStyle } from '../../renderer/features/graph/window/passing-protocol.js';

/** What a drawing does to the canvas: cut-outs, filled shapes and the strokes around them. */
function recordingContext() {
  const calls: string[] = [];
  const ctx = {
    globalAlpha: 1,
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    clearRect(x: number, y: number) {
      calls.push(`clear ${String(x)},${String(y)}`);
    },
    beginPath() {},
    roundRect(x: number, y: number) {
      calls.push(`shape ${String(x)},${String(y)}`);
    },
    fill() {
      calls.push(`fill ${this.fillStyle} ${String(this.globalAlpha)}`);
    },
    stroke() {
      calls.push(`stroke ${this.strokeStyle}`);
    },
    fillRect() {
      calls.push('bar');
    },
  };
  return { ctx: ctx as unknown as OffscreenCanvasRenderingContext2D, calls };
}

const style: PassingStyle = {
  colour: 'edge',
  width: 1,
  kinds: ['system', 'subsystem', 'component'],
  panel: 'panel',
  border: 'border',
  selected: 'accent',
};

/** A mounted need node, one to stand in (lit, selected), a dimmed one, one out of the box. */
const graph = {
  count: 4,
  xy: new Float64Array([0, 0, 300, 0, 600, 0, 5000, 5000]),
  kind: new Uint8Array([0, 2, 1, 0]),
  flags: new Uint8Array([LIT, LIT | SELECTED, 0, LIT]),
  edgeCount: 0,
  edgeXy: new Float64Array(),
  edgeLit: new Uint8Array(),
};
const mounted = new Uint8Array([1, 0, 0, 0]);
const box = { minX: -100, minY: -100, maxX: 1000, maxY: 500 };

describe('need nodes the window of cards has not mounted', () => {
  it('cut out where a card is mounted, stand in as an outlined card elsewhere, none outside the box', () => {
    const { ctx, calls } = recordingContext();
    drawStandIns(ctx, graph, mounted, box, style, false);
    expect(calls).toEqual([
      'clear 0,0',
      'shape 300.5,0.5',
      'fill panel 1',
      'stroke accent',
      'shape 300,0',
      'fill component 1',
      'bar',
      'bar',
      'shape 600.5,0.5',
      'fill panel 0.18',
      'stroke border',
      'shape 600,0',
      'fill subsystem 0.18',
      'bar',
      'bar',
    ]);
    expect(ctx.globalAlpha).toBe(1);
  });

  it('stand in as blocks of their kind when cards are drawn as blocks', () => {
    const { ctx, calls } = recordingContext();
    drawStandIns(ctx, graph, mounted, box, style, true);
    expect(calls).toEqual([
      'clear 0,0',
      'shape 300,0',
      'fill component 0.85',
      'shape 600,0',
      `fill subsystem ${String(0.18 * 0.85)}`,
    ]);
  });
});

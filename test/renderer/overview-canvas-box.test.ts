import { describe, expect, it } from 'vitest';
import { canvasBox, keptSurface } from '../../renderer/features/graph/overview/canvas-box.js';

const pane = { width: 800, height: 600, padX: 400, padY: 300 };

describe('the overview canvas box', () => {
  it('covers only the graph when it fits in the pane, in steps of 256 pixels', () => {
    const bounds = { minX: 0, minY: 0, maxX: 1000, maxY: 400 };
    expect(canvasBox(bounds, { x: 100, y: 50, zoom: 0.5 }, pane)).toEqual({
      left: 96,
      top: 46,
      width: 512,
      height: 256,
    });
    expect(canvasBox(bounds, { x: 100, y: 50, zoom: 0.49 }, pane)).toMatchObject({
      width: 512,
      height: 256,
    });
  });

  it('stops at the padded pane when the graph reaches past it', () => {
    const bounds = { minX: -10_000, minY: -10_000, maxX: 10_000, maxY: 10_000 };
    expect(canvasBox(bounds, { x: 0, y: 0, zoom: 1 }, pane)).toEqual({
      left: -400,
      top: -300,
      width: 1600,
      height: 1200,
    });
  });

  it('is one pixel for a graph wholly outside the padded pane', () => {
    const bounds = { minX: 5000, minY: 5000, maxX: 5100, maxY: 5100 };
    expect(canvasBox(bounds, { x: 0, y: 0, zoom: 1 }, pane)).toMatchObject({
      width: 1,
      height: 1,
    });
  });

  it('keeps a larger surface that still covers the box inside the padded pane', () => {
    const box = { left: 96, top: 46, width: 512, height: 256 };
    expect(keptSurface(box, { width: 1024, height: 512 }, pane)).toEqual({
      ...box,
      width: 1024,
      height: 512,
    });
    expect(keptSurface(box, { width: 256, height: 512 }, pane)).toEqual(box);
    expect(keptSurface(box, { width: 1200, height: 512 }, pane)).toEqual(box);
  });
});

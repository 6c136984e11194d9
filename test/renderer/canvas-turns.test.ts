import { describe, expect, it } from 'vitest';
import { CanvasTurns } from '../../renderer/features/graph/window/canvas-turns.js';

function turns() {
  const log: string[] = [];
  const canvases = new CanvasTurns<string>(
    (job, canvas) => log.push(`draw ${job} on ${String(canvas)}`),
    (canvas) => log.push(`clear ${String(canvas)}`),
  );
  return { canvases, log };
}

describe('two canvases taking turns', () => {
  it('draws only on a blank canvas, clearing the other once a drawing is in', () => {
    const { canvases, log } = turns();
    canvases.ask('a');
    canvases.drawn(0);
    canvases.ask('b');
    canvases.drawn(1);
    // Canvas 0 still holds "a" until the worker has cleared it.
    canvases.ask('c');
    expect(log).toEqual(['draw a on 0', 'draw b on 1', 'clear 0']);
    canvases.cleared(0);
    expect(log.at(-1)).toBe('draw c on 0');
  });

  it('keeps only the latest of the drawings asked for while one is drawn', () => {
    const { canvases, log } = turns();
    canvases.ask('a');
    canvases.ask('b');
    canvases.ask('c');
    canvases.drawn(0);
    expect(log).toEqual(['draw a on 0', 'draw c on 1']);
  });
});

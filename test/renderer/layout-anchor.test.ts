import { describe, expect, it } from 'vitest';
import { anchorPositions } from '../../renderer/features/graph/layout/anchor.js';

describe('anchorPositions', () => {
  it('moves the laid-out block so its top-left sits where the need nodes began, in whole pixels', () => {
    const laidOut = [
      { id: 'a', x: 10.4, y: 20.2 },
      { id: 'b', x: 110.6, y: 5.2 },
    ];
    expect([...anchorPositions(laidOut, ['b', 'a'], { x: 500, y: 300 })]).toEqual([
      600, 300, 500, 315,
    ]);
  });

  it('keeps the positions where the layout put them when there was no box before', () => {
    expect([...anchorPositions([{ id: 'a', x: 3.6, y: 4.4 }], ['a'], null)]).toEqual([4, 4]);
  });

  it('marks a need node the layout left out with NaN, so it stays where it is', () => {
    expect([...anchorPositions([{ id: 'a', x: 0, y: 0 }], ['a', 'b'], null)]).toEqual([
      0,
      0,
      NaN,
      NaN,
    ]);
  });
});

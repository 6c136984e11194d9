import { describe, expect, it } from 'vitest';
import { anchorPositions } from '../../renderer/features/graph/layout/anchor.js';

describe('anchorPositions', () => {
  it('moves the laid-out block so its top-left sits where the need nodes began, in whole pixels', () => {
    const laidOut = [
      { id: 'a', x: 10.4, y: 20.2 },
      { id: 'b', x: 110.6, y: 5.2 },
    ];
    expect(anchorPositions(laidOut, { x: 500, y: 300 })).toEqual([
      { id: 'a', x: 500, y: 315 },
      { id: 'b', x: 600, y: 300 },
    ]);
  });

  it('keeps the positions where the layout put them when there was no box before', () => {
    expect(anchorPositions([{ id: 'a', x: 3.6, y: 4.4 }], null)).toEqual([{ id: 'a', x: 4, y: 4 }]);
  });
});

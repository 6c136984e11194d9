import { describe, expect, it } from 'vitest';
import { findCycleThrough } from '../../shared/graph/cycles.js';

const edges = [
  { fromId: 'machine', toId: 'spindle' },
  { fromId: 'spindle', toId: 'bearing' },
  { fromId: 'bearing', toId: 'steel' },
  { fromId: 'machine', toId: 'guide' },
];

describe('cycle check for a new needs edge', () => {
  it('allows an edge that closes no cycle', () => {
    expect(findCycleThrough(edges, 'guide', 'steel')).toBeNull();
  });

  it('names the cycle in order from the needing node back to itself', () => {
    expect(findCycleThrough(edges, 'steel', 'spindle')).toEqual([
      'steel',
      'spindle',
      'bearing',
      'steel',
    ]);
  });

  it('reports the shortest way back', () => {
    const withShortcut = [...edges, { fromId: 'spindle', toId: 'steel' }];
    expect(findCycleThrough(withShortcut, 'steel', 'spindle')).toEqual([
      'steel',
      'spindle',
      'steel',
    ]);
  });

  it('treats a self-loop as a cycle of one node', () => {
    expect(findCycleThrough([], 'a', 'a')).toEqual(['a', 'a']);
  });
});

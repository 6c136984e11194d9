import { describe, expect, it } from 'vitest';
import { findAnyCycle } from '../../shared/graph/find-cycle.js';

const e = (fromId: string, toId: string) => ({ fromId, toId });

describe('findAnyCycle', () => {
  it('finds none in a layered graph with shared needs', () => {
    expect(findAnyCycle([e('a', 'b'), e('a', 'c'), e('b', 'd'), e('c', 'd')])).toBeNull();
  });

  it('names a cycle from its first node round to it again', () => {
    expect(findAnyCycle([e('x', 'a'), e('a', 'b'), e('b', 'c'), e('c', 'a')])).toEqual([
      'a',
      'b',
      'c',
      'a',
    ]);
  });

  it('walks a chain of 100,000 needs without overflowing the stack', () => {
    const chain = Array.from({ length: 100_000 }, (_, i) =>
      e(`n${String(i)}`, `n${String(i + 1)}`),
    );
    expect(findAnyCycle(chain)).toBeNull();
  });
});

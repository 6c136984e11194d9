import { describe, expect, it } from 'vitest';
import { covers, holds, meetVectors, mergeVectors } from '../../shared/sync/vector.js';

const a = '000000000000001-00000-a';
const a2 = '000000000000002-00000-a';
const b = '000000000000005-00000-b';

describe('version vectors', () => {
  it('merge to the highest stamp per replica', () => {
    expect(mergeVectors({ a, b }, { a: a2 })).toEqual({ a: a2, b });
  });

  it('meet to what every vector holds, dropping replicas one of them lacks', () => {
    expect(meetVectors([{ a: a2, b }, { a }])).toEqual({ a });
    expect(meetVectors([])).toEqual({});
  });

  it('cover a vector only when every replica is held at least as far', () => {
    expect(covers({ a: a2, b }, { a })).toBe(true);
    expect(covers({ a }, { a: a2 })).toBe(false);
    expect(covers({ a }, { b })).toBe(false);
    expect(covers({}, {})).toBe(true);
  });

  it('hold an op up to and including the stamp of its replica', () => {
    expect(holds({ a: a2 }, 'a', a)).toBe(true);
    expect(holds({ a: a2 }, 'a', a2)).toBe(true);
    expect(holds({ a }, 'a', a2)).toBe(false);
    expect(holds({ a }, 'b', b)).toBe(false);
  });
});

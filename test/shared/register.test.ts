import { describe, expect, it } from 'vitest';
import type { Op } from '../../shared/sync/ops.js';
import { resolveRegister } from '../../shared/sync/register.js';

function op(opId: string, hlc: string, value: string, prev: string[] = []): Op {
  return {
    opId,
    entity: 'node',
    entityId: 'n1',
    field: 'name',
    value,
    hlc,
    authorParty: 'p',
    authorReplica: 'r',
    prev,
  };
}

describe('multi-value register', () => {
  it('has no state without ops', () => {
    expect(resolveRegister([])).toBeNull();
  });

  it('shows the op that superseded the others', () => {
    const state = resolveRegister([op('a', '1', 'old'), op('b', '2', 'new', ['a'])]);
    expect(state?.winner.value).toBe('new');
    expect(state?.conflicted).toBe(false);
  });

  it('keeps concurrent heads as a conflict and shows the highest clock', () => {
    const base = op('a', '1', 'base');
    const left = op('b', '3', 'left', ['a']);
    const right = op('c', '2', 'right', ['a']);
    const state = resolveRegister([right, base, left]);
    expect(state?.conflicted).toBe(true);
    expect(state?.heads.map((h) => h.value)).toEqual(['right', 'left']);
    expect(state?.winner.value).toBe('left');
  });

  it('picks the same winner whatever the order of the ops', () => {
    const ops = [op('x', '5', 'x'), op('y', '5', 'y'), op('z', '4', 'z')];
    const winners = [ops, [...ops].reverse(), [ops[1]!, ops[2]!, ops[0]!]].map(
      (list) => resolveRegister(list)?.winner.opId,
    );
    expect(new Set(winners)).toEqual(new Set(['y']));
  });

  it('ends a conflict when an op lists every head as prev', () => {
    const state = resolveRegister([
      op('a', '1', 'base'),
      op('b', '2', 'left', ['a']),
      op('c', '2', 'right', ['a']),
      op('d', '3', 'chosen', ['b', 'c']),
    ]);
    expect(state?.conflicted).toBe(false);
    expect(state?.winner.value).toBe('chosen');
  });
});

import { describe, expect, it, vi } from 'vitest';
import type { ContractHandlers } from '../../shared/ipc/contract.js';
import { dispatch } from '../../shared/ipc/dispatch.js';
import { LongmaiError } from '../../shared/ipc/errors.js';
import { METHOD_NAMES } from '../../shared/ipc/methods.js';
import { CONTRACT } from '../../shared/ipc/contract.js';

function handlersWith(overrides: Partial<ContractHandlers>): ContractHandlers {
  const refuse = () => Promise.reject(new Error('not expected in this test'));
  const base = Object.fromEntries(
    METHOD_NAMES.map((m) => [m, refuse]),
  ) as unknown as ContractHandlers;
  return { ...base, ...overrides };
}

describe('contract dispatch', () => {
  it('lists every contract method by name', () => {
    expect([...METHOD_NAMES].sort()).toEqual(Object.keys(CONTRACT).sort());
  });

  it('passes validated arguments to the handler and returns the value as data', async () => {
    const update = vi.fn((args: { id: string }) => Promise.resolve({ id: args.id } as never));
    const handlers = handlersWith({ 'node.update': update });
    const result = await dispatch(handlers, 'node.update', { id: 'n1', patch: { name: ' 主軸 ' } });
    expect(result).toEqual({ ok: true, value: { id: 'n1' } });
    expect(update).toHaveBeenCalledWith({ id: 'n1', patch: { name: '主軸' } });
  });

  it('refuses bad arguments before the handler runs', async () => {
    const create = vi.fn();
    const handlers = handlersWith({ 'node.create': create });
    const result = await dispatch(handlers, 'node.create', { kind: 'gearbox', name: '', x: 0 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('E_BAD_ARGUMENT');
      expect(result.error.message).toContain('kind');
    }
    expect(create).not.toHaveBeenCalled();
  });

  it('refuses extra fields so nothing unexpected reaches a service', async () => {
    const result = await dispatch(handlersWith({}), 'edge.delete', { id: 'e1', sql: 'drop' });
    expect(result).toMatchObject({ ok: false, error: { code: 'E_BAD_ARGUMENT' } });
  });

  it('refuses an unknown method', async () => {
    const result = await dispatch(handlersWith({}), 'fs.readFile', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'E_BAD_ARGUMENT' } });
  });

  it('returns a service refusal as typed data with its params', async () => {
    const handlers = handlersWith({
      'edge.create': () =>
        Promise.reject(new LongmaiError('E_CYCLE', 'cycle', { cycle: ['A', 'B', 'A'] })),
    });
    const result = await dispatch(handlers, 'edge.create', { fromId: 'a', toId: 'b' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'E_CYCLE', message: 'cycle', params: { cycle: ['A', 'B', 'A'] } },
    });
  });

  it('reports an unexpected failure as E_INTERNAL and tells the caller', async () => {
    const seen: unknown[] = [];
    const handlers = handlersWith({ 'session.get': () => Promise.reject(new Error('disk')) });
    const result = await dispatch(handlers, 'session.get', undefined, (e) => seen.push(e));
    expect(result).toMatchObject({ ok: false, error: { code: 'E_INTERNAL', message: 'disk' } });
    expect(seen).toHaveLength(1);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { ApiError, createApiClient, toApiError } from '../../renderer/api.js';
import type { ApiMethods, LongmaiApi } from '../../shared/ipc/api.js';
import type { Result } from '../../shared/ipc/errors.js';

function apiAnswering(result: Result<unknown>): {
  api: LongmaiApi;
  invoke: ReturnType<typeof vi.fn>;
} {
  const invoke = vi.fn(() => Promise.resolve(result));
  const methods = new Proxy({}, { get: () => invoke }) as ApiMethods;
  return { api: { invoke: methods, on: () => () => undefined }, invoke };
}

describe('the api client', () => {
  it('returns the value of a successful call and passes the argument through', async () => {
    const { api, invoke } = apiAnswering({ ok: true, value: { moved: 2 } });
    const client = createApiClient(api);
    const positions = [{ id: 'a', x: 1, y: 2 }];
    await expect(client.call('node.move', { positions })).resolves.toEqual({ moved: 2 });
    expect(invoke).toHaveBeenCalledWith({ positions });
  });

  it('throws a refusal as an ApiError with its code and params', async () => {
    const cycle = ['A', 'B', 'A'];
    const { api } = apiAnswering({
      ok: false,
      error: { code: 'E_CYCLE', message: 'cycle', params: { cycle } },
    });
    const error = await createApiClient(api)
      .call('edge.create', { fromId: 'a', toId: 'b' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'E_CYCLE', params: { cycle } });
  });

  it('turns an error code it does not know into E_INTERNAL', async () => {
    const { api } = apiAnswering({
      ok: false,
      error: { code: 'E_FROM_THE_FUTURE' as 'E_INTERNAL', message: 'new' },
    });
    await expect(createApiClient(api).call('project.load')).rejects.toMatchObject({
      code: 'E_INTERNAL',
      message: 'new',
    });
  });

  it('subscribes to events through window.api.on and hands back its unsubscribe', () => {
    const unsubscribe = vi.fn();
    const on = vi.fn(() => unsubscribe);
    const client = createApiClient({ invoke: {} as ApiMethods, on });
    const listener = () => undefined;
    expect(client.onEvent('menu-command', listener)).toBe(unsubscribe);
    expect(on).toHaveBeenCalledWith('menu-command', listener);
  });

  it('wraps anything thrown that is not an ApiError as E_INTERNAL with its text', () => {
    expect(toApiError(new Error('boom'))).toMatchObject({ code: 'E_INTERNAL', message: 'boom' });
    const refusal = new ApiError('E_SELF_LOOP', 'loop');
    expect(toApiError(refusal)).toBe(refusal);
  });
});

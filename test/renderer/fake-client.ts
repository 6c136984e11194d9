import type { ApiClient, CallArgs } from '../../renderer/api.js';
import { ApiError } from '../../renderer/api.js';
import type { ContractHandlers, MethodName, MethodResult } from '../../shared/ipc/contract.js';
import { LongmaiError } from '../../shared/ipc/errors.js';
import type { EventName, EventPayloads } from '../../shared/ipc/events.js';

export interface FakeClient extends ApiClient {
  /** Every call made, in order, with its argument. */
  calls: { method: MethodName; args: unknown }[];
  emit: <E extends EventName>(event: E, payload: EventPayloads[E]) => void;
}

/**
 * An ApiClient over plain handler functions: a handler that throws LongmaiError becomes the
 * ApiError the real client would throw; a method without a handler fails the test loudly.
 */
export function createFakeClient(handlers: Partial<ContractHandlers>): FakeClient {
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  const calls: { method: MethodName; args: unknown }[] = [];
  return {
    calls,
    async call<M extends MethodName>(method: M, ...args: CallArgs<M>): Promise<MethodResult<M>> {
      calls.push({ method, args: args[0] });
      const handler = handlers[method] as ((a: unknown) => Promise<MethodResult<M>>) | undefined;
      if (!handler) throw new Error(`the fake client has no handler for ${method}`);
      try {
        return await handler(args[0]);
      } catch (error) {
        if (error instanceof LongmaiError) {
          throw new ApiError(error.code, error.message, error.params);
        }
        throw error;
      }
    },
    onEvent(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
    emit(event, payload) {
      for (const listener of listeners.get(event) ?? []) {
        (listener as (p: typeof payload) => void)(payload);
      }
    },
  };
}

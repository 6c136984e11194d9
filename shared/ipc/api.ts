import type { MethodArgs, MethodName, MethodResult } from './contract.js';
import type { Result } from './errors.js';
import type { EventName, EventPayloads } from './events.js';

/** What preload exposes as `window.api`: one function per method, results as data. */
export type ApiMethods = {
  [M in MethodName]: (
    ...args: MethodArgs<M> extends undefined ? [] : [MethodArgs<M>]
  ) => Promise<Result<MethodResult<M>>>;
};

export interface LongmaiApi {
  invoke: ApiMethods;
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
}

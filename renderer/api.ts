import type { LongmaiApi } from '../shared/ipc/api.js';
import type { MethodArgs, MethodName, MethodResult } from '../shared/ipc/contract.js';
import {
  ERROR_CODES,
  type ErrorCode,
  type ErrorParams,
  type Result,
} from '../shared/ipc/errors.js';
import type { EventName, EventPayloads } from '../shared/ipc/events.js';

/** A refusal or failure from the contract, carried to the UI with its code and params. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly params: ErrorParams = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code);
}

/** Anything thrown becomes an ApiError; unknown failures are E_INTERNAL with their text. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ApiError('E_INTERNAL', message);
}

export type CallArgs<M extends MethodName> = MethodArgs<M> extends undefined ? [] : [MethodArgs<M>];

/** What the store uses: contract calls that resolve to values or throw ApiError, and events. */
export interface ApiClient {
  call<M extends MethodName>(method: M, ...args: CallArgs<M>): Promise<MethodResult<M>>;
  onEvent<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
}

type LooseInvoke = (...args: unknown[]) => Promise<Result<unknown>>;

export function createApiClient(api: LongmaiApi): ApiClient {
  return {
    async call<M extends MethodName>(method: M, ...args: CallArgs<M>) {
      // The mapped type cannot be indexed generically; the contract types both ends.
      const invoke = api.invoke[method] as LooseInvoke;
      const result = await invoke(...args);
      if (!result.ok) {
        const { code, message, params } = result.error;
        throw new ApiError(isErrorCode(code) ? code : 'E_INTERNAL', message, params);
      }
      return result.value as MethodResult<M>;
    },
    onEvent(event, listener) {
      return api.on(event, listener);
    },
  };
}

function looksLikeApi(value: unknown): value is LongmaiApi {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { invoke?: unknown; on?: unknown };
  return typeof candidate.invoke === 'object' && typeof candidate.on === 'function';
}

/** The preload bridge, or null when the page was opened outside Longmai. */
export function readWindowApi(): LongmaiApi | null {
  const api: unknown = (window as { api?: unknown }).api;
  return looksLikeApi(api) ? api : null;
}

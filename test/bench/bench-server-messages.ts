export const BENCH_API_PATH = '/__bench_api';

/** A contract call from the server thread: the request body, `{ method, arg }` as JSON. */
export interface ServiceCall {
  id: number;
  body: string;
}

/** The call's result (a contract Result) as JSON. */
export interface ServiceReply {
  id: number;
  body: string;
}

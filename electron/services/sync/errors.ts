import { LongmaiError, type ErrorCode, type ErrorParams } from '../../../shared/ipc/errors.js';

/** A packet or identity refusal; every import check throws one of these before any write. */
export function refuse(code: ErrorCode, message: string, params?: ErrorParams): LongmaiError {
  return new LongmaiError(code, message, params ?? { detail: message.slice(0, 300) });
}

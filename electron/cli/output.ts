import type { ContractError } from '../../shared/ipc/errors.js';

/** Where a command writes; the real CLI passes process streams, tests pass buffers. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Exit codes scripts can rely on. */
export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
/** Bad arguments or bad input (a file that is not a project, a name too long, …). */
export const EXIT_BAD_INPUT = 2;

export function writeJson(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

/** With --json the error is data on stdout; otherwise one line for a human on stderr. */
export function writeError(io: CliIo, error: ContractError, json: boolean): void {
  if (json) writeJson(io, { error });
  else io.stderr(`longmai: ${error.message.replace(/\s+/g, ' ')} (${error.code})\n`);
}

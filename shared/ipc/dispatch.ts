import { CONTRACT, type ContractHandlers, type MethodName } from './contract.js';
import { LongmaiError, type Result } from './errors.js';

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(CONTRACT, name);
}

function describeIssues(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join('.') || '(argument)'}: ${issue.message}`)
    .join('; ');
}

/**
 * Validate the argument against the method's schema, run the handler, and return the outcome
 * as data. Used by main for every IPC call and by tests that bridge the renderer to services.
 */
export async function dispatch(
  handlers: ContractHandlers,
  method: unknown,
  rawArgs: unknown,
  onInternalError: (error: unknown) => void = () => {},
): Promise<Result<unknown>> {
  if (!isMethodName(method)) {
    return {
      ok: false,
      error: { code: 'E_BAD_ARGUMENT', message: `unknown method ${String(method).slice(0, 60)}` },
    };
  }
  const parsed = CONTRACT[method].args.safeParse(rawArgs);
  if (!parsed.success) {
    const detail = describeIssues(parsed.error);
    return {
      ok: false,
      error: {
        code: 'E_BAD_ARGUMENT',
        message: `bad argument for ${method}: ${detail}`,
        params: { method, detail },
      },
    };
  }
  try {
    const handler = handlers[method] as (args: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof LongmaiError) return { ok: false, error: error.toContractError() };
    onInternalError(error);
    return {
      ok: false,
      error: {
        code: 'E_INTERNAL',
        message: error instanceof Error ? error.message : String(error),
      },
    };
  }
}

import type { ConsoleMessage, Page } from 'playwright-core';

export interface CspViolation {
  directive: string;
  blockedUri: string;
  sourceFile: string;
  line: number;
}

/** Everything that went wrong in the page, gathered so a test can assert that nothing did. */
export interface Diagnostics {
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: CspViolation[];
  /** Handlers that threw something other than a LongmaiError (a bug, not a refusal). */
  internalErrors: string[];
}

export function createDiagnostics(): Diagnostics {
  return { consoleErrors: [], pageErrors: [], cspViolations: [], internalErrors: [] };
}

function describeConsole(message: ConsoleMessage): string {
  const { url, lineNumber } = message.location();
  return url ? `${message.text()} (${url}:${lineNumber})` : message.text();
}

export function watchPage(page: Page, diagnostics: Diagnostics): void {
  page.on('console', (message) => {
    if (message.type() === 'error') diagnostics.consoleErrors.push(describeConsole(message));
  });
  page.on('pageerror', (error) => {
    diagnostics.pageErrors.push(error.stack ?? error.message);
  });
}

/** One line per problem, empty when the page ran cleanly: `expect(problems(d)).toEqual([])`. */
export function listProblems(diagnostics: Diagnostics): string[] {
  return [
    ...diagnostics.consoleErrors.map((text) => `console error: ${text}`),
    ...diagnostics.pageErrors.map((text) => `uncaught: ${text}`),
    ...diagnostics.cspViolations.map(
      (v) => `CSP violation: ${v.directive} blocked ${v.blockedUri} at ${v.sourceFile}:${v.line}`,
    ),
    ...diagnostics.internalErrors.map((text) => `service internal error: ${text}`),
  ];
}

export function clearDiagnostics(diagnostics: Diagnostics): void {
  diagnostics.consoleErrors.length = 0;
  diagnostics.pageErrors.length = 0;
  diagnostics.cspViolations.length = 0;
  diagnostics.internalErrors.length = 0;
}

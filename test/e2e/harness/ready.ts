import type { Page } from 'playwright-core';
import { listProblems, type Diagnostics } from './diagnostics.js';

/**
 * The one element whose presence means the app is ready to be driven: renderer/components/
 * ReadyMarker.tsx renders it once the current view shows its data (the graph drawn, the
 * overview counted, or the welcome screen when no project is open).
 */
export const APP_READY_SELECTOR = '[data-testid="app-ready"]';

const READY_TIMEOUT_MS = 30_000;

/** Wait for the app shell; on timeout, say what the page complained about. */
export async function waitForAppReady(page: Page, diagnostics: Diagnostics): Promise<void> {
  try {
    await page.waitForSelector(APP_READY_SELECTOR, {
      state: 'attached',
      timeout: READY_TIMEOUT_MS,
    });
  } catch (error) {
    const problems = listProblems(diagnostics);
    const detail = problems.length ? `\n${problems.join('\n')}` : ' (the page reported nothing)';
    throw new Error(
      `The app did not show ${APP_READY_SELECTOR} within ${READY_TIMEOUT_MS} ms${detail}`,
      { cause: error },
    );
  }
}

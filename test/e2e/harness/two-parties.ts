// Two installations side by side for sync tests: each its own user-data folder (home, keys,
// settings), its own project file and its own page in one Chromium, bridged to its own
// services the way the single-app harness does. Dialog-backed methods get their paths from
// answers the test queues, through the same wrapper main uses around its file dialogs.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createServices, type Services } from '../../../electron/services/index.js';
import type { WatchTiming } from '../../../electron/services/exchange/folder-watcher.js';
import {
  withChosenPaths,
  type PathRequest,
} from '../../../electron/services/handlers/sync-paths.js';
import type { EventName, EventPayloads } from '../../../shared/ipc/events.js';
import type { Locale } from '../../../shared/i18n/locales.js';
import { DEFAULT_VIEWPORT } from './app-handle.js';
import { emitToPage, installBridge } from './bridge.js';
import { launchChromium } from './chromium.js';
import { createDiagnostics, listProblems, watchPage, type Diagnostics } from './diagnostics.js';
import { RENDERER_DIST_DIR } from './paths.js';
import { waitForAppReady } from './ready.js';
import { assertRendererBuilt } from './services-setup.js';
import { startStaticServer, type StaticServer } from './static-server.js';

/** Fast enough for tests, still waiting for files to hold still. */
export const TEST_TIMING: WatchTiming = { settleMs: 150, rescanMs: 400 };

export interface PartyOptions {
  name: string;
  locale: Locale;
  /** Runs on the services before the page loads (create or open a project). */
  prepare?: (services: Services, dir: string) => Promise<void>;
  viewport?: { width: number; height: number };
}

export interface PartyApp {
  readonly name: string;
  readonly page: Page;
  readonly services: Services;
  /** This installation's temp folder: user data lives in `user-data/` inside it. */
  readonly dir: string;
  readonly diagnostics: Diagnostics;
  /** Dialog requests the app made, in order (what main would have asked the user). */
  readonly asked: PathRequest[];
  /** The answer to the next dialog: a path, or null for Cancel. */
  answerNextDialog(answer: string | null): void;
  problems(): string[];
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): Promise<void>;
}

export interface TwoParties {
  start(options: PartyOptions): Promise<PartyApp>;
  close(): Promise<void>;
}

async function startParty(browser: Browser, server: StaticServer, options: PartyOptions) {
  const dir = await mkdtemp(path.join(os.tmpdir(), `longmai-${options.name}-`));
  const diagnostics = createDiagnostics();
  const asked: PathRequest[] = [];
  const answers: (string | null)[] = [];
  let page: Page | null = null;
  const services = createServices({
    userDataDir: path.join(dir, 'user-data'),
    timing: TEST_TIMING,
    notify: (event, payload) => {
      if (page) emitToPage(page, event, payload).catch(() => undefined);
    },
  });
  await services.handlers['session.setLocale']({ locale: options.locale });
  await options.prepare?.(services, dir);
  const handlers = withChosenPaths(services.handlers, (request) => {
    asked.push(request);
    if (answers.length === 0) {
      return Promise.reject(new Error(`no answer queued for the ${request.purpose} dialog`));
    }
    return Promise.resolve(answers.shift() ?? null);
  });
  const context = await browser.newContext({
    viewport: options.viewport ?? DEFAULT_VIEWPORT,
    deviceScaleFactor: 1,
  });
  const opened = await context.newPage();
  page = opened;
  watchPage(opened, diagnostics);
  await installBridge(opened, () => ({ ...services, handlers }), diagnostics);
  await opened.goto(`${server.origin}/index.html`);
  await waitForAppReady(opened, diagnostics);
  const app: PartyApp = {
    name: options.name,
    page: opened,
    services,
    dir,
    diagnostics,
    asked,
    answerNextDialog: (answer) => answers.push(answer),
    problems: () => listProblems(diagnostics),
    emit: (event, payload) => emitToPage(opened, event, payload),
  };
  return app;
}

/** One Chromium and one static server for any number of parties; close() removes everything. */
export async function twoParties(executablePath: string): Promise<TwoParties> {
  assertRendererBuilt();
  const server = await startStaticServer(RENDERER_DIST_DIR);
  const browser = await launchChromium(executablePath).catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  const started: PartyApp[] = [];
  return {
    async start(options) {
      const party = await startParty(browser, server, options);
      started.push(party);
      return party;
    },
    async close() {
      await browser.close();
      await server.close();
      for (const party of started) {
        party.services.close();
        await rm(party.dir, { recursive: true, force: true });
      }
    },
  };
}

/** Drop a file on the page as a user dragging it from the desktop would. */
export async function dropFile(page: Page, fileName: string, bytes: Buffer): Promise<void> {
  await page.evaluate(
    ([name, base64]) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], name));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        document.body.dispatchEvent(
          new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
        );
      }
    },
    [fileName, bytes.toString('base64')] as const,
  );
}

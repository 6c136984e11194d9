import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import type { Services } from '../../../electron/services/types.js';
import { EVENT_CHANNEL_PREFIX } from '../../../shared/ipc/events.js';
import { DEFAULT_VIEWPORT, type AppHandle, type StartAppOptions } from './app-handle.js';
import { createDiagnostics, listProblems, watchPage, type Diagnostics } from './diagnostics.js';
import { ELECTRON_MAIN_BUNDLE, REPO_ROOT } from './paths.js';
import { assertRendererBuilt, openServices, userDataFolder } from './services-setup.js';
import { waitForAppReady } from './ready.js';

interface LaunchedApp {
  app: ElectronApplication;
  page: Page;
}

/**
 * The real app as `npm start` runs it (the checkout as app folder, package.json `main` naming
 * the bundle): main, preload and CSP all in play. Electron honours --user-data-dir for
 * app.getPath('userData'), and main opens the `.longmai` file named on its command line.
 */
async function launch(
  executablePath: string,
  userDataDir: string,
  projectPath: string,
  viewport: { width: number; height: number },
  diagnostics: Diagnostics,
): Promise<LaunchedApp> {
  // ELECTRON_RUN_AS_NODE (set by some tool runners) would start plain Node instead of the app.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] =>
        entry[0] !== 'ELECTRON_RUN_AS_NODE' && entry[1] !== undefined,
    ),
  );
  const app = await _electron.launch({
    executablePath,
    args: [REPO_ROOT, `--user-data-dir=${userDataDir}`, projectPath],
    env,
  });
  const page = await app.firstWindow();
  watchPage(page, diagnostics);
  await page.setViewportSize(viewport);
  await waitForAppReady(page, diagnostics);
  return { app, page };
}

/** A second services instance on the app's file, in its own folder so settings never clash. */
async function observe(
  projectPath: string,
): Promise<{ services: Services; dispose(): Promise<void> }> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'longmai-e2e-observer-'));
  const { services } = await openServices(folder, projectPath, undefined);
  return {
    services,
    dispose: async () => {
      services.close();
      await rm(folder, { recursive: true, force: true });
    },
  };
}

/** The same handle as `startChromiumApp`, driving the real Electron app through Playwright. */
export async function startElectronApp(
  executablePath: string,
  options: StartAppOptions = {},
): Promise<AppHandle> {
  assertRendererBuilt();
  if (!existsSync(ELECTRON_MAIN_BUNDLE)) {
    throw new Error(`No main bundle at ${ELECTRON_MAIN_BUNDLE}; run \`npm run build\` first.`);
  }
  const folder = await userDataFolder(options.userDataDir);
  // Prepare the file and language with real services first, then hand the folder to the app.
  const prepared = await openServices(folder.path, options.projectPath, options.locale);
  prepared.services.close();
  const viewport = options.viewport ?? DEFAULT_VIEWPORT;
  const diagnostics = createDiagnostics();
  let running = await launch(
    executablePath,
    folder.path,
    prepared.projectPath,
    viewport,
    diagnostics,
  );
  let observer = await observe(prepared.projectPath);
  const handle: AppHandle = {
    mode: 'electron',
    get page() {
      return running.page;
    },
    browser: null,
    get electronApp() {
      return running.app;
    },
    get services() {
      return observer.services;
    },
    userDataDir: folder.path,
    projectPath: prepared.projectPath,
    diagnostics,
    problems: () => listProblems(diagnostics),
    emit: (event, payload) =>
      running.app.evaluate(
        ({ BrowserWindow }, [channel, data]) => {
          for (const window of BrowserWindow.getAllWindows())
            window.webContents.send(channel, data);
        },
        [EVENT_CHANNEL_PREFIX + event, payload] as const,
      ),
    async reload() {
      await observer.dispose();
      await running.app.close();
      running = await launch(
        executablePath,
        folder.path,
        prepared.projectPath,
        viewport,
        diagnostics,
      );
      observer = await observe(prepared.projectPath);
    },
    async close() {
      await observer.dispose();
      await running.app.close();
      await folder.dispose();
    },
  };
  return handle;
}

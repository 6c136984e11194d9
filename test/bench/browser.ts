import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DISABLED_BROWSER_FEATURES, findChromium } from '../e2e/harness/chromium.js';
import { RENDERER_DIST_DIR } from '../e2e/harness/paths.js';
import { openServices, userDataFolder } from '../e2e/harness/services-setup.js';
import { startStaticServer } from '../e2e/harness/static-server.js';
import type { Services } from '../../electron/services/index.js';
import { startBenchServer } from './bench-server.js';
import { installFastBridge } from './fast-bridge.js';
import { startProfile } from './profile.js';
import { readyProbe } from './ready-probe.js';

/**
 * Headless Chromium with its frame-rate cap and vsync off, so requestAnimationFrame fires as
 * soon as a frame is done and the time between frames is the frame's real cost (with vsync a
 * headless frame never reads under 16.7 ms). Precise memory info for the heap figure. The
 * browser's own UI features are off, as in the e2e browser (see DISABLED_BROWSER_FEATURES).
 */
export async function launchBenchBrowser(): Promise<Browser> {
  const found = findChromium();
  if (found.path === null) throw new Error(found.reason);
  return chromium.launch({
    executablePath: found.path,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-gpu-vsync',
      '--disable-frame-rate-limit',
      '--enable-precise-memory-info',
      '--disable-background-networking',
      '--disable-renderer-backgrounding',
      '--disable-background-timer-throttling',
      '--no-first-run',
      DISABLED_BROWSER_FEATURES,
    ],
  });
}

export interface Opened {
  page: Page;
  /** Navigation start to the ready marker plus two frames, in ms. */
  openMs: number;
  close(): Promise<void>;
}

/** Pages opened so far, to name each opening's CPU profile apart. */
let opened = 0;

async function openPage(browser: Browser, url: string, setup?: (page: Page) => Promise<void>) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  if (setup) await setup(page);
  await page.addInitScript({ content: readyProbe({ report: false }) });
  opened += 1;
  const stopProfile = await startProfile(page, `open-${String(opened)}`);
  await page.goto(url);
  await page.waitForFunction(() => (window as { __interactiveAt?: number }).__interactiveAt, null, {
    timeout: 300_000,
    polling: 50,
  });
  const openMs = await page.evaluate(
    () => (window as unknown as { __interactiveAt: number }).__interactiveAt,
  );
  await stopProfile();
  return { page, openMs, context };
}

/** Longmai's real renderer on a project file, window.api bridged to real services. */
export async function openLongmai(
  browser: Browser,
  projectPath: string,
): Promise<Opened & { services: () => Services }> {
  const folder = await userDataFolder(undefined);
  // Every run opens its own copy: edits, pastes and saved layouts must not pile up in the
  // cached file and change what later runs measure.
  const copy = path.join(folder.path, path.basename(projectPath));
  fs.copyFileSync(projectPath, copy);
  const { services } = await openServices(folder.path, copy, 'en');
  const server = await startBenchServer(RENDERER_DIST_DIR, () => services);
  const { page, openMs, context } = await openPage(browser, `${server.origin}/index.html`, (p) =>
    installFastBridge(p),
  );
  return {
    page,
    openMs,
    services: () => services,
    async close() {
      await context.close();
      await server.close();
      services.close();
      await folder.dispose();
    },
  };
}

/** The stock React Flow page on the same graph, served from `dir` (with graph.json in it). */
export async function openBaseline(browser: Browser, dir: string): Promise<Opened> {
  const server = await startStaticServer(dir);
  const { page, openMs, context } = await openPage(browser, `${server.origin}/index.html`);
  return {
    page,
    openMs,
    async close() {
      await context.close();
      await server.close();
    },
  };
}

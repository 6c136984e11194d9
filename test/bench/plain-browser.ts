import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DISABLED_BROWSER_FEATURES, findChromium } from '../e2e/harness/chromium.js';
import type { BenchServer } from './bench-server.js';
import { startLauncher, type Launcher } from './launcher.js';

/** The size of every bench page, as in the Playwright bench browser (browser.ts). */
export const VIEWPORT = { width: 1280, height: 800 };

/**
 * The bench browser's switches (browser.ts), and those Playwright adds that keep a browser
 * from doing work of its own. Popups are allowed (the launcher page opens the bench pages),
 * and the headless screen is made large enough for a window of the viewport's size.
 */
const SWITCHES = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-gpu-vsync',
  '--disable-frame-rate-limit',
  '--disable-background-networking',
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-component-update',
  '--disable-component-extensions-with-background-pages',
  '--disable-extensions',
  '--disable-default-apps',
  '--disable-sync',
  '--disable-breakpad',
  '--disable-client-side-phishing-detection',
  '--disable-field-trial-config',
  '--disable-hang-monitor',
  '--disable-popup-blocking',
  '--disable-search-engine-choice-screen',
  '--metrics-recording-only',
  '--no-first-run',
  '--no-default-browser-check',
  '--password-store=basic',
  '--use-mock-keychain',
  '--force-color-profile=srgb',
  '--hide-scrollbars',
  '--mute-audio',
  '--screen-info={0,0 1920x1080}',
  DISABLED_BROWSER_FEATURES,
];

/** How long the browser may take to start and show the calibration page. */
const CALIBRATION_MS = 60_000;

export interface PlainBrowser {
  /**
   * Opens the server's bench page and resolves with the time from its navigation start to
   * interactive, which the page reports; then closes the page.
   */
  open(server: BenchServer, timeoutMs: number): Promise<number>;
  close(): Promise<void>;
}

/**
 * Headless Chromium with no DevTools session attached, as an app window has none, for
 * measuring how long a page takes to open. The browser stays up across openings, as the
 * Playwright bench browser does, and opens each page from a launcher page (launcher.ts).
 *
 * Playwright's session makes V8 record a detailed stack, with line and column, for every
 * Error a page creates, so that DevTools can show it: the first Error created while a large
 * script runs has the whole script parsed again for its source positions. React creates a few
 * as it starts. With its injected scripts and its network events, the session cost the
 * opening of 10,000 need nodes about 85 ms of this 2-core machine that an app never pays.
 */
export async function launchPlainBrowser(): Promise<PlainBrowser> {
  const found = findChromium();
  if (found.path === null) throw new Error(found.reason);
  const launcher = await startLauncher();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'longmai-bench-browser-'));
  const browser = spawn(found.path, [...SWITCHES, `--user-data-dir=${profile}`, launcher.url], {
    detached: true,
    stdio: 'ignore',
  });
  const exited = new Promise<void>((resolve) => browser.once('exit', () => resolve()));
  const close = async () => {
    await end(browser, exited);
    await launcher.close();
    fs.rmSync(profile, { recursive: true, force: true });
  };
  try {
    const ask = await calibrate(launcher, exited);
    return {
      async open(server, timeoutMs) {
        const report = await inWindow(launcher, exited, server.benchPageUrl, ask, () =>
          settled(server.nextInteractive(), exited, timeoutMs),
        );
        if (report.width !== VIEWPORT.width || report.height !== VIEWPORT.height) {
          const got = `${String(report.width)}×${String(report.height)}`;
          throw new Error(`the bench page was ${got}, not 1280×800`);
        }
        return report.interactiveAt;
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * The window size to ask for so that a page gets the viewport's size: headless Chromium 156
 * gives a window one pixel less high than asked for. Learnt from a page that reports its size,
 * so that a browser that does otherwise is measured at the same size too.
 */
async function calibrate(launcher: Launcher, exited: Promise<void>) {
  const size = await inWindow(launcher, exited, launcher.calibrationUrl, VIEWPORT, () =>
    settled(launcher.nextSize(), exited, CALIBRATION_MS),
  );
  if (size.scale !== 1) throw new Error(`the bench browser's pixel ratio is ${String(size.scale)}`);
  return {
    width: 2 * VIEWPORT.width - size.width,
    height: 2 * VIEWPORT.height - size.height,
  };
}

/** Opens `url` in a window of `size`, waits for `done`, and closes the window again. */
async function inWindow<T>(
  launcher: Launcher,
  exited: Promise<void>,
  url: string,
  size: { width: number; height: number },
  done: () => Promise<T>,
): Promise<T> {
  const answer = done();
  launcher.open(url, size);
  try {
    return await answer;
  } finally {
    await settled(launcher.closeWindow(), exited, CALIBRATION_MS).catch(() => undefined);
  }
}

/** `promise`, unless the browser exits or `timeoutMs` passes first. */
async function settled<T>(promise: Promise<T>, exited: Promise<void>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const failures = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`the bench browser did not answer within ${String(timeoutMs / 1000)} s`));
    }, timeoutMs);
    void exited.then(() => reject(new Error('the bench browser exited')));
  });
  try {
    return await Promise.race([promise, failures]);
  } finally {
    clearTimeout(timer);
  }
}

/** Ends the browser and every process it started (its process group). */
async function end(browser: ChildProcess, exited: Promise<void>): Promise<void> {
  const { pid } = browser;
  if (pid === undefined || browser.exitCode !== null) return;
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-pid, name);
    } catch {
      // Already gone.
    }
  };
  signal('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    exited,
    new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        signal('SIGKILL');
        resolve();
      }, 10_000);
    }),
  ]);
  clearTimeout(timer);
}

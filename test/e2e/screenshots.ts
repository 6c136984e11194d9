// `npm run screenshots`: PNGs of every view of the sample project in each language, for the
// README. Writes build/screenshots/<view>-<locale>.png and prints the paths.
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { LOCALES, type Locale } from '../../shared/i18n/locales.js';
import type { AppHandle } from './harness/app-handle.js';
import { invokeInPage } from './harness/page-api.js';
import { REPO_ROOT } from './harness/paths.js';
import { prepareView } from './screenshot-views.js';
import { captureRiskOverlay, captureWhatIf } from './screenshot-dashboard.js';
import { startApp } from './harness/start-app.js';
import { waitForAppReady } from './harness/ready.js';

const OUT_DIR = path.join(REPO_ROOT, 'build/screenshots');
const VIEWPORT = { width: 1280, height: 800 };
const NAV_PREFIX = 'nav-';
/** Time for React Flow's fit-view and any transition to finish before the picture is taken. */
const SETTLE_MS = 600;
/** React Flow's zoom-in button steps by 1.2×; four steps make the sample's cards legible. */
const CLOSE_UP_ZOOM_STEPS = 4;

/** Chinese labels need a CJK font; without one the pictures show empty boxes, so say so. */
function warnWithoutCjkFont(): void {
  try {
    if (execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim()) return;
  } catch {
    return;
  }
  console.warn('No CJK font found: install one (`apt-get install -y fonts-noto-cjk`).');
}

async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForTimeout(SETTLE_MS);
}

async function switchLanguage(app: AppHandle, locale: Locale): Promise<void> {
  const result = await invokeInPage(app.page, 'session.setLocale', { locale });
  if (!result.ok) throw new Error(`could not switch to ${locale}: ${result.error.message}`);
  await app.page.reload();
  await waitForAppReady(app.page, app.diagnostics);
}

async function capture(page: Page, view: string, locale: Locale): Promise<string> {
  await settle(page);
  const file = path.join(OUT_DIR, `${view}-${locale}.png`);
  await page.screenshot({ path: file });
  console.log(path.relative(REPO_ROOT, file));
  return file;
}

/** The graph first (the app opens on it), then every view the sidebar offers. */
async function captureViews(page: Page, locale: Locale): Promise<void> {
  const navIds = await page
    .locator(`[data-testid^="${NAV_PREFIX}"]`)
    .evaluateAll((elements) => elements.map((element) => element.getAttribute('data-testid')));
  const views = navIds.flatMap((id) => (id ? [id.slice(NAV_PREFIX.length)] : []));
  if (!views.includes('graph')) await captureGraph(page, locale);
  for (const view of views) {
    await page.locator(`[data-testid="${NAV_PREFIX}${view}"]`).click();
    if (view === 'graph') await captureGraph(page, locale);
    else {
      await prepareView(page, view);
      await capture(page, view, locale);
      if (view === 'dashboard') await captureWhatIf(page, (name) => capture(page, name, locale));
    }
  }
}

/**
 * The whole graph, then a close-up: fitted to 1280×800 the sample's cards are too small to
 * read, and the README needs one picture where they can be.
 */
async function captureGraph(page: Page, locale: Locale): Promise<void> {
  await capture(page, 'graph', locale);
  await captureRiskOverlay(page, (name) => capture(page, name, locale));
  const zoomIn = page.locator('.react-flow__controls-zoomin');
  for (let step = 0; step < CLOSE_UP_ZOOM_STEPS; step += 1) await zoomIn.click();
  await capture(page, 'graph-close-up', locale);
  await page.locator('[data-testid="fit-view"]').click();
}

async function main(): Promise<void> {
  warnWithoutCjkFont();
  await mkdir(OUT_DIR, { recursive: true });
  const app = await startApp({ viewport: VIEWPORT, locale: LOCALES[0] });
  try {
    for (const [index, locale] of LOCALES.entries()) {
      if (index > 0) await switchLanguage(app, locale);
      await captureViews(app.page, locale);
    }
    const problems = app.problems();
    if (problems.length) {
      throw new Error(`the page reported problems while capturing:\n${problems.join('\n')}`);
    }
  } finally {
    await app.close();
  }
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}

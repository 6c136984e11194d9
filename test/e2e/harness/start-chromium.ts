import type { Browser } from 'playwright-core';
import type { Services } from '../../../electron/services/types.js';
import { DEFAULT_LOCALE, type Locale } from '../../../shared/i18n/locales.js';
import { DEFAULT_VIEWPORT, type AppHandle, type StartAppOptions } from './app-handle.js';
import { emitToPage, installBridge } from './bridge.js';
import { launchChromium } from './chromium.js';
import { createDiagnostics, listProblems, watchPage } from './diagnostics.js';
import { RENDERER_DIST_DIR } from './paths.js';
import { waitForAppReady } from './ready.js';
import { assertRendererBuilt, openServices, userDataFolder } from './services-setup.js';
import { startStaticServer } from './static-server.js';

/** navigator.language to match the app language, as a user's own system would. */
const BROWSER_LOCALES: Record<Locale, string> = {
  'zh-Hans': 'zh-CN',
  'zh-Hant': 'zh-TW',
  en: 'en-US',
};

/**
 * The built renderer in headless Chromium, its `window.api` bridged to real services on a
 * real project file: what the Electron window does, minus Electron.
 */
export async function startChromiumApp(
  executablePath: string,
  options: StartAppOptions = {},
): Promise<AppHandle> {
  assertRendererBuilt();
  const folder = await userDataFolder(options.userDataDir);
  const opened = await openServices(folder.path, options.projectPath, options.locale);
  let services: Services = opened.services;
  const server = await startStaticServer(RENDERER_DIST_DIR);
  let browser: Browser | null = null;
  try {
    browser = await launchChromium(executablePath);
    const context = await browser.newContext({
      viewport: options.viewport ?? DEFAULT_VIEWPORT,
      locale: BROWSER_LOCALES[options.locale ?? DEFAULT_LOCALE],
      deviceScaleFactor: 1,
    });
    const page = await context.newPage();
    const diagnostics = createDiagnostics();
    watchPage(page, diagnostics);
    await installBridge(page, () => services, diagnostics);
    await page.goto(`${server.origin}/index.html`);
    await waitForAppReady(page, diagnostics);
    const openBrowser = browser;
    return {
      mode: 'chromium',
      page,
      browser: openBrowser,
      electronApp: null,
      get services() {
        return services;
      },
      userDataDir: folder.path,
      projectPath: opened.projectPath,
      diagnostics,
      problems: () => listProblems(diagnostics),
      emit: (event, payload) => emitToPage(page, event, payload),
      async reload() {
        services.close();
        services = (await openServices(folder.path, opened.projectPath, undefined)).services;
        await page.reload();
        await waitForAppReady(page, diagnostics);
      },
      async close() {
        await openBrowser.close();
        await server.close();
        services.close();
        await folder.dispose();
      },
    };
  } catch (error) {
    await browser?.close();
    await server.close();
    services.close();
    await folder.dispose();
    throw error;
  }
}

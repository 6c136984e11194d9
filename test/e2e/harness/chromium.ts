import { accessSync, constants, statSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's chromium package: the real binary first, then its wrapper script. */
const DEBIAN_CHROMIUM_PATHS = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];

export const CHROMIUM_INSTALL_HINT =
  'install Debian chromium (`apt-get install -y chromium`) or set CHROMIUM_PATH to a Chromium executable';

export function isExecutableFile(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export type ChromiumLookup = { path: string } | { path: null; reason: string };

/** CHROMIUM_PATH wins when set (and must then be executable); else Debian's locations. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): ChromiumLookup {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    return isExecutableFile(fromEnv)
      ? { path: fromEnv }
      : { path: null, reason: `CHROMIUM_PATH=${fromEnv} is not an executable file` };
  }
  const found = DEBIAN_CHROMIUM_PATHS.find(isExecutableFile);
  return found
    ? { path: found }
    : { path: null, reason: `no Chromium at ${DEBIAN_CHROMIUM_PATHS.join(' or ')}` };
}

/**
 * Chromium features switched off in every test browser. New headless Chromium builds the full
 * browser window, and with it loads the omnibox's WebUI popup (a page of its own, hundreds of
 * scripts) for each new tab, just as the tab's page opens: on a 2-core machine that took a third
 * of the CPU away from the page under test. Electron has no omnibox. Chromium keeps only the
 * last `--disable-features` switch, so this list also repeats the ones Playwright turns off by
 * default (all but its Windows- and Edge-only ones).
 */
export const DISABLED_BROWSER_FEATURES =
  '--disable-features=' +
  [
    'WebUIOmniboxPopup',
    'WebUIOmniboxAimPopup',
    'WebUIOmniboxFullPopup',
    'AvoidUnnecessaryBeforeUnloadCheckSync',
    'DestroyProfileOnBrowserClose',
    'HttpsUpgrades',
    'HttpsFirstBalancedModeAutoEnable',
    'LensOverlay',
    'MediaRouter',
    'PaintHolding',
    'ThirdPartyStoragePartitioning',
    'AvoidCorsURLLoaderRestartOnRedirect',
    'OptimizationHints',
    'NetworkTimeServiceQuerying',
    'AimEnabled',
    'PreconnectToSearch',
  ].join(',');

/**
 * Headless Chromium with everything that would reach the network switched off: tests must
 * pass with no network, and background traffic would only add noise to the logs.
 */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      DISABLED_BROWSER_FEATURES,
    ],
  });
}

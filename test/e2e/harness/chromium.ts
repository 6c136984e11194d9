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
    ],
  });
}

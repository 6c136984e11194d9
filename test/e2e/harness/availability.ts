import { CHROMIUM_INSTALL_HINT, findChromium } from './chromium.js';
import { findElectron, type ElectronLookup } from './electron-binary.js';

export type E2EMode = 'electron' | 'chromium' | 'none';

export interface E2EAvailability {
  mode: E2EMode;
  /** Why this mode was chosen, in one sentence for logs. */
  reason: string;
  /** The Electron or Chromium executable; null when mode is 'none'. */
  executablePath: string | null;
}

/**
 * Which way end-to-end tests can run here: the real app when the Electron binary is on disk,
 * else the built renderer in Chromium bridged to real services, else not at all.
 * LONGMAI_E2E_TARGET=chromium forces the Chromium bridge even where Electron exists.
 */
export function e2eAvailability(env: NodeJS.ProcessEnv = process.env): E2EAvailability {
  const electron: ElectronLookup =
    env.LONGMAI_E2E_TARGET === 'chromium'
      ? { path: null, reason: 'LONGMAI_E2E_TARGET=chromium' }
      : findElectron(env);
  if (electron.path !== null) {
    return { mode: 'electron', reason: 'driving the real app', executablePath: electron.path };
  }
  const browser = findChromium(env);
  if (browser.path !== null) {
    return {
      mode: 'chromium',
      reason: `driving the built renderer in ${browser.path} with window.api bridged to services`,
      executablePath: browser.path,
    };
  }
  return {
    mode: 'none',
    reason: `E2E TESTS SKIPPED: no Electron (${electron.reason}) and ${browser.reason}; ${CHROMIUM_INSTALL_HINT}.`,
    executablePath: null,
  };
}

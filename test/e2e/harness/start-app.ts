import type { AppHandle, StartAppOptions } from './app-handle.js';
import { e2eAvailability } from './availability.js';
import { startChromiumApp } from './start-chromium.js';
import { startElectronApp } from './start-electron.js';

/**
 * Start the app the best way this machine allows: real Electron where its binary is on disk,
 * else the built renderer in Chromium bridged to real services. Call it inside `describeE2E`,
 * which skips (loudly) where neither exists.
 */
export function startApp(options: StartAppOptions = {}): Promise<AppHandle> {
  const availability = e2eAvailability();
  if (availability.mode === 'none' || availability.executablePath === null) {
    return Promise.reject(new Error(availability.reason));
  }
  return availability.mode === 'electron'
    ? startElectronApp(availability.executablePath, options)
    : startChromiumApp(availability.executablePath, options);
}

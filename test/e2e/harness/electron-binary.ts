import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { isExecutableFile } from './chromium.js';

export type ElectronLookup = { path: string } | { path: null; reason: string };

/** What the electron package's install step records in path.txt, per platform. */
const PLATFORM_EXECUTABLES: Partial<Record<NodeJS.Platform, string>> = {
  darwin: 'Electron.app/Contents/MacOS/Electron',
  linux: 'electron',
  win32: 'electron.exe',
};

/**
 * The Electron executable if it is already on disk. We do not `require('electron')`: that
 * starts a download when the binary is missing, and tests must never reach the network.
 * The lookup mirrors the package's own index.js (path.txt, ELECTRON_OVERRIDE_DIST_PATH), as
 * build/scripts/launch.mjs does for `npm start`.
 */
export function findElectron(env: NodeJS.ProcessEnv = process.env): ElectronLookup {
  let packageDir: string;
  try {
    packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { path: null, reason: 'the electron package is not installed' };
  }
  const pathFile = path.join(packageDir, 'path.txt');
  const recorded = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!recorded && !override) {
    return { path: null, reason: 'the Electron binary has not been downloaded' };
  }
  const relative = recorded || PLATFORM_EXECUTABLES[process.platform] || 'electron';
  const executable = path.join(override ?? path.join(packageDir, 'dist'), relative);
  return isExecutableFile(executable)
    ? { path: executable }
    : { path: null, reason: `the Electron binary is missing at ${executable}` };
}

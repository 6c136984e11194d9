import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { isExecutableFile } from './chromium.js';

export type ElectronLookup = { path: string } | { path: null; reason: string };

/**
 * The Electron executable if it is already on disk. We do not `require('electron')`: that
 * starts a download when the binary is missing, and tests must never reach the network.
 * The lookup mirrors the package's own index.js (path.txt, ELECTRON_OVERRIDE_DIST_PATH).
 */
export function findElectron(env: NodeJS.ProcessEnv = process.env): ElectronLookup {
  let packageDir: string;
  try {
    packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { path: null, reason: 'the electron package is not installed' };
  }
  let relative: string;
  try {
    relative = readFileSync(path.join(packageDir, 'path.txt'), 'utf8').trim();
  } catch {
    return { path: null, reason: 'the Electron binary has not been downloaded' };
  }
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(packageDir, 'dist');
  const executable = path.join(distDir, relative);
  return isExecutableFile(executable)
    ? { path: executable }
    : { path: null, reason: `the Electron binary is missing at ${executable}` };
}

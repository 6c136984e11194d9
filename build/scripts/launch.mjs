// `npm start` (after `npm run build`): runs the built app in Electron, forwarding arguments
// (e.g. a .longmai file to open). Electron 45 downloads its binary at first launch; offline that
// download would fail or hang, so the binary is looked up here without ever triggering it.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const projectRoot = path.resolve(fileURLToPath(import.meta.url), '../../..');

export const MISSING_BINARY_SENTENCE =
  'The Electron binary is not installed: run `npx electron --version` once with internet access ' +
  '(or set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron 45 folder), then `npm start` again.';

const PLATFORM_EXECUTABLES = {
  darwin: 'Electron.app/Contents/MacOS/Electron',
  linux: 'electron',
  freebsd: 'electron',
  openbsd: 'electron',
  win32: 'electron.exe',
};

/**
 * The Electron executable, or null when it is absent. Mirrors how the electron package's
 * index.js resolves it (path.txt, ELECTRON_OVERRIDE_DIST_PATH) but never calls that file,
 * because on a missing binary it starts a download.
 */
export function findElectronBinary(env = process.env) {
  let packageDir;
  try {
    const require = createRequire(path.join(projectRoot, 'package.json'));
    packageDir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = path.join(packageDir, 'path.txt');
  const recorded = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : '';
  const executable = recorded || PLATFORM_EXECUTABLES[process.platform] || 'electron';
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override
    ? path.join(override, executable)
    : recorded
      ? path.join(packageDir, 'dist', executable)
      : null;
  return binary && fs.existsSync(binary) ? binary : null;
}

/** Exits with the one sentence, no stack trace, when Electron is missing. */
export function requireElectronBinary() {
  const binary = findElectronBinary();
  if (binary) return binary;
  process.stderr.write(`${MISSING_BINARY_SENTENCE}\n`);
  process.exit(1);
}

/** Starts Electron on the project folder; ELECTRON_RUN_AS_NODE would make it plain Node. */
export function spawnElectron(binary, args, extraEnv = {}) {
  const env = { ...process.env, ...extraEnv };
  delete env.ELECTRON_RUN_AS_NODE;
  return spawn(binary, [projectRoot, ...args], { stdio: 'inherit', env });
}

function main() {
  const binary = requireElectronBinary();
  const child = spawnElectron(binary, process.argv.slice(2));
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('error', (error) => {
    process.stderr.write(`Electron could not start: ${error.message}\n`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main();
}

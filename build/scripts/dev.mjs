// `npm run dev`: the renderer from Vite's dev server (hot reload), main and preload rebuilt by
// esbuild on change, and Electron restarted after each rebuild. Main loads LONGMAI_DEV_URL and
// relaxes its CSP for that origin only.
import { context } from 'esbuild';
import path from 'node:path';
import { createServer } from 'vite';
import { mainBundle, preloadBundle } from './bundles.mjs';
import { projectRoot, requireElectronBinary, spawnElectron } from './launch.mjs';

const binary = requireElectronBinary();

const vite = await createServer({
  configFile: path.join(projectRoot, 'renderer/vite.config.ts'),
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
});
await vite.listen();
const devUrl = vite.resolvedUrls?.local[0];
if (!devUrl) throw new Error('The Vite dev server did not report its address.');
vite.printUrls();

let electron = null;
let restarting = false;
let restartTimer = null;

function startElectron() {
  const child = spawnElectron(binary, process.argv.slice(2), { LONGMAI_DEV_URL: devUrl });
  child.on('exit', (code) => {
    if (electron !== child) return;
    electron = null;
    // Closed by the user (not by a rebuild): the whole dev session ends with it.
    if (!restarting) void shutdown(code ?? 0);
  });
  electron = child;
}

function restartElectron() {
  clearTimeout(restartTimer);
  // Main and preload finish building moments apart: restart once for both.
  restartTimer = setTimeout(() => {
    const previous = electron;
    if (!previous) return startElectron();
    restarting = true;
    previous.once('exit', () => {
      restarting = false;
      startElectron();
    });
    previous.kill('SIGTERM');
  }, 150);
}

/** Restart only when every bundle's latest build succeeded (never on a half-built app). */
const buildOk = new Map();
const restartAfterBuild = (bundle) => ({
  name: 'restart-electron',
  setup(build) {
    build.onEnd((result) => {
      buildOk.set(bundle, result.errors.length === 0);
      if (buildOk.size === 2 && [...buildOk.values()].every(Boolean)) restartElectron();
    });
  },
});

const builds = await Promise.all([
  context({ ...mainBundle, plugins: [restartAfterBuild('main')] }),
  context({ ...preloadBundle, plugins: [restartAfterBuild('preload')] }),
]);
await Promise.all(builds.map((build) => build.watch()));

async function shutdown(code) {
  clearTimeout(restartTimer);
  electron?.kill('SIGTERM');
  await Promise.all([vite.close(), ...builds.map((build) => build.dispose())]);
  process.exit(code);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => void shutdown(0));
}

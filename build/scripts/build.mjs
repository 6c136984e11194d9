// Builds the app into dist/: main, preload and CLI bundles with esbuild, the renderer with Vite.
// `node build/scripts/build.mjs node` builds only the Node-side bundles (fast; used by the CLI).
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(fileURLToPath(import.meta.url), '../../..');
const only = process.argv[2];

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
};

async function buildNode() {
  await Promise.all([
    esbuild({
      ...common,
      entryPoints: ['electron/main/index.ts'],
      outfile: 'dist/electron/main.cjs',
      external: ['electron', 'better-sqlite3'],
    }),
    esbuild({
      ...common,
      entryPoints: ['electron/preload/index.ts'],
      outfile: 'dist/electron/preload.cjs',
      external: ['electron'],
      // Sandboxed preloads get a limited require: everything else is bundled in.
      platform: 'browser',
      sourcemap: false,
    }),
    esbuild({
      ...common,
      entryPoints: ['electron/cli/index.ts'],
      outfile: 'dist/cli/longmai.cjs',
      external: ['better-sqlite3'],
    }),
  ]);
}

async function buildRenderer() {
  await viteBuild({
    configFile: path.join(root, 'renderer/vite.config.ts'),
    logLevel: 'warn',
  });
}

await buildNode();
if (only !== 'node') await buildRenderer();

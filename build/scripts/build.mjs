// Builds the app into dist/: main, preload and CLI bundles with esbuild, the renderer with Vite.
// `node build/scripts/build.mjs node` builds only the Node-side bundles (fast; used by the CLI).
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import path from 'node:path';
import { cliBundle, mainBundle, preloadBundle, root } from './bundles.mjs';

const only = process.argv[2];

async function buildNode() {
  await Promise.all([esbuild(mainBundle), esbuild(preloadBundle), esbuild(cliBundle)]);
}

async function buildRenderer() {
  await viteBuild({
    configFile: path.join(root, 'renderer/vite.config.ts'),
    logLevel: 'warn',
  });
}

await buildNode();
if (only !== 'node') await buildRenderer();

// The esbuild options of the Node-side bundles, shared by build.mjs and dev.mjs.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const root = path.resolve(fileURLToPath(import.meta.url), '../../..');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
};

export const mainBundle = {
  ...common,
  entryPoints: ['electron/main/index.ts'],
  outfile: 'dist/electron/main.cjs',
  external: ['electron', 'better-sqlite3'],
};

export const preloadBundle = {
  ...common,
  entryPoints: ['electron/preload/index.ts'],
  outfile: 'dist/electron/preload.cjs',
  external: ['electron'],
  // Sandboxed preloads get a limited require: everything else is bundled in.
  platform: 'browser',
  sourcemap: false,
};

export const cliBundle = {
  ...common,
  entryPoints: ['electron/cli/index.ts'],
  outfile: 'dist/cli/longmai.cjs',
  external: ['better-sqlite3'],
};

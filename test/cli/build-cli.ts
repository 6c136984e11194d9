import { buildSync } from 'esbuild';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI_BUNDLE = path.join(ROOT, 'dist/cli/longmai.cjs');

/**
 * Build dist/cli/longmai.cjs the way `npm run build` does. The repository's build script
 * also bundles main and preload; where those do not exist yet, build the CLI alone with the
 * same esbuild options.
 */
export function buildCli(): string {
  const shellReady = ['electron/main/index.ts', 'electron/preload/index.ts'].every((entry) =>
    fs.existsSync(path.join(ROOT, entry)),
  );
  if (shellReady) {
    execFileSync(process.execPath, ['build/scripts/build.mjs', 'node'], {
      cwd: ROOT,
      stdio: 'pipe',
    });
  } else {
    buildSync({
      absWorkingDir: ROOT,
      entryPoints: ['electron/cli/index.ts'],
      outfile: 'dist/cli/longmai.cjs',
      bundle: true,
      platform: 'node',
      target: 'node22',
      format: 'cjs',
      sourcemap: true,
      logLevel: 'warning',
      external: ['better-sqlite3'],
    });
  }
  return CLI_BUNDLE;
}

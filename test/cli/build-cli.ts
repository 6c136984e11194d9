import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI_BUNDLE = path.join(ROOT, 'dist/cli/longmai.cjs');

/** Build dist/cli/longmai.cjs (with main and preload) the way `npm run build` does. */
export function buildCli(): string {
  execFileSync(process.execPath, ['build/scripts/build.mjs', 'node'], { cwd: ROOT, stdio: 'pipe' });
  return CLI_BUNDLE;
}

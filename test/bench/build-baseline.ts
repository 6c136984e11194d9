import path from 'node:path';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { REPO_ROOT } from '../e2e/harness/paths.js';

/** Build the stock React Flow page into `outDir` (once per bench run). */
export async function buildBaseline(outDir: string): Promise<void> {
  await build({
    root: path.join(REPO_ROOT, 'test/bench/baseline'),
    base: './',
    logLevel: 'warn',
    configFile: false,
    plugins: [react()],
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 5000 },
  });
}

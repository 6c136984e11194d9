import fs from 'node:fs';
import path from 'node:path';
import { RENDERER_DIST_DIR } from '../e2e/harness/paths.js';
import { openServices, userDataFolder } from '../e2e/harness/services-setup.js';
import { startBenchServer } from './bench-server.js';
import type { BenchContext, Sample } from './entry.js';
import type { PlainBrowser } from './plain-browser.js';

/** How long an opening may take before the run fails. */
const OPEN_TIMEOUT_MS = 300_000;

/**
 * Navigation start to interactive of Longmai's real renderer on a copy of a project file, in
 * the browser without DevTools, window.api bridged to real services.
 */
export async function openLongmaiPlain(plain: PlainBrowser, projectPath: string): Promise<number> {
  const folder = await userDataFolder(undefined);
  try {
    const copy = path.join(folder.path, path.basename(projectPath));
    fs.copyFileSync(projectPath, copy);
    const { services } = await openServices(folder.path, copy, 'en');
    try {
      const server = await startBenchServer(RENDERER_DIST_DIR, () => services);
      try {
        return await plain.open(server, OPEN_TIMEOUT_MS);
      } finally {
        await server.close();
      }
    } finally {
      services.close();
    }
  } finally {
    await folder.dispose();
  }
}

/** The same for the stock React Flow page served from `dir` (with graph.json in it). */
export async function openBaselinePlain(plain: PlainBrowser, dir: string): Promise<number> {
  const server = await startBenchServer(dir, null);
  try {
    return await plain.open(server, OPEN_TIMEOUT_MS);
  } finally {
    await server.close();
  }
}

/** One run of an opening entry: Longmai, then stock React Flow, on a graph of `nodes`. */
export async function measureOpening(
  { plainBrowser, graphFile, baselineDir }: BenchContext,
  nodes: number,
): Promise<Sample> {
  const browser = await plainBrowser();
  const value = await openLongmaiPlain(browser, graphFile(nodes));
  const baseline = await openBaselinePlain(browser, await baselineDir(nodes));
  return { value, baseline };
}

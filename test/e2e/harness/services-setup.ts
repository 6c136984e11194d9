import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createServices } from '../../../electron/services/index.js';
import type { Services } from '../../../electron/services/types.js';
import type { Locale } from '../../../shared/i18n/locales.js';
import { RENDERER_DIST_DIR } from './paths.js';

export interface UserDataFolder {
  path: string;
  /** Removes the folder only if the harness made it; a caller's folder is left alone. */
  dispose(): Promise<void>;
}

export async function userDataFolder(given: string | undefined): Promise<UserDataFolder> {
  if (given) return { path: given, dispose: () => Promise.resolve() };
  const made = await mkdtemp(path.join(os.tmpdir(), 'longmai-e2e-'));
  return { path: made, dispose: () => rm(made, { recursive: true, force: true }) };
}

export interface OpenedServices {
  services: Services;
  /** The project file actually opened (the sample's path when none was given). */
  projectPath: string;
}

/** Real services on the given folder with the project open and the language stored. */
export async function openServices(
  userDataDir: string,
  projectPath: string | undefined,
  locale: Locale | undefined,
): Promise<OpenedServices> {
  const services = createServices({ userDataDir });
  try {
    const info = projectPath
      ? await services.openProject(projectPath)
      : await services.openSample();
    if (locale) await services.handlers['session.setLocale']({ locale });
    return { services, projectPath: info.path };
  } catch (error) {
    services.close();
    throw error;
  }
}

/** A missing build is a setup mistake, not a reason to skip: say how to fix it. */
export function assertRendererBuilt(): void {
  if (!existsSync(path.join(RENDERER_DIST_DIR, 'index.html'))) {
    throw new Error(
      `No built renderer at ${RENDERER_DIST_DIR}; run \`npm run build\` (or \`npm run test:e2e\`) first.`,
    );
  }
}

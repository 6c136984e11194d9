import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { LongmaiError } from '../../shared/ipc/errors.js';
import {
  createProjectFile,
  createServices,
  type NewProjectOptions,
  type ProjectStore,
  type Services,
  type ServicesOptions,
} from '../../electron/services/index.js';

const made: string[] = [];
const open: { close(): void }[] = [];

afterEach(() => {
  for (const closable of open.splice(0)) closable.close();
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder under the OS temp dir, removed after the test. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'longmai-test-'));
  made.push(dir);
  return dir;
}

/** Close the store after the test even when an assertion fails first. */
export function track<T extends ProjectStore>(store: T): T {
  open.push(store);
  return store;
}

/** Services on a user-data folder, closed after the test. */
export function servicesFor(options: ServicesOptions): Services {
  const services = createServices(options);
  open.push(services);
  return services;
}

export function newProject(
  dir: string,
  options: Partial<NewProjectOptions> & { file?: string; now?: () => number } = {},
): ProjectStore {
  const file = path.join(dir, options.file ?? 'project.longmai');
  const { now, ...rest } = options;
  return track(
    createProjectFile(file, { name: 'Test project', makerName: 'Test maker', ...rest }, now),
  );
}

/** Everything about a file that must not change: its bytes and its folder's listing. */
export function diskState(file: string): { hash: string | null; listing: string[] } {
  const hash = fs.existsSync(file)
    ? createHash('sha256').update(fs.readFileSync(file)).digest('hex')
    : null;
  return { hash, listing: fs.readdirSync(path.dirname(file)).sort() };
}

/** Run `work` and return the LongmaiError code it throws (fails the test if none). */
export function errorOf(work: () => unknown): LongmaiError {
  try {
    work();
  } catch (error) {
    if (error instanceof LongmaiError) return error;
    throw error;
  }
  throw new Error('expected a LongmaiError, nothing was thrown');
}

export async function rejectionOf(work: () => Promise<unknown>): Promise<LongmaiError> {
  try {
    await work();
  } catch (error) {
    if (error instanceof LongmaiError) return error;
    throw error;
  }
  throw new Error('expected a LongmaiError, the promise resolved');
}

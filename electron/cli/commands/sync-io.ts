import fs from 'node:fs';
import path from 'node:path';
import { LongmaiError } from '../../../shared/ipc/errors.js';
import { loadHome, type HomeIdentity } from '../../services/identity/index.js';
import { newId } from '../../services/ids.js';
import { DEFAULT_LIMITS } from '../../services/sync/index.js';
import { stringOption, usageError } from '../args.js';
import type { OptionValues } from '../command.js';

export const HOME_OPTION = { home: { type: 'string' } } as const;

/** `--home DIR`, else LONGMAI_HOME. */
export function homeDir(values: OptionValues, usage: string): string {
  const home = stringOption(values, 'home') ?? process.env.LONGMAI_HOME;
  if (home === undefined || home === '') {
    throw usageError(`--home (or LONGMAI_HOME) is required; usage: longmai ${usage}`);
  }
  return home;
}

export function identityFrom(values: OptionValues, usage: string): HomeIdentity {
  return loadHome(homeDir(values, usage));
}

/** The home when one is given, for commands that also work on files without an identity. */
export function optionalIdentity(values: OptionValues): HomeIdentity | null {
  const home = stringOption(values, 'home') ?? process.env.LONGMAI_HOME;
  return home ? loadHome(home) : null;
}

/** A packet file, refused by size before it is read. */
export function readPacketFile(file: string): Buffer {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    throw new LongmaiError('E_FILE_NOT_FOUND', `no such file: ${file}`, { path: file });
  }
  if (size > DEFAULT_LIMITS.maxPacketBytes) {
    throw new LongmaiError('E_TOO_LARGE', `${file} is larger than a packet may be`, {
      detail: file,
    });
  }
  return fs.readFileSync(file);
}

/** Write through a temporary file and rename, so a reader never sees half a packet. */
export function writePacketFile(file: string, bytes: Buffer): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${newId()}.tmp`);
  try {
    fs.writeFileSync(temporary, bytes, { flag: 'wx' });
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
      throw new LongmaiError('E_FILE_NOT_FOUND', `the folder of ${file} does not exist`, {
        path: file,
      });
    }
    throw error;
  }
}

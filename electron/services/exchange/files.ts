import fs from 'node:fs';
import path from 'node:path';
import { LongmaiError } from '../../../shared/ipc/errors.js';
import { newId } from '../ids.js';
import { DEFAULT_LIMITS } from '../sync/index.js';

/** A packet file, refused by size before it is read. */
export function readPacketBytes(file: string): Buffer {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    throw new LongmaiError('E_FILE_NOT_FOUND', `no such file: ${file}`, { path: file });
  }
  if (size > DEFAULT_LIMITS.maxPacketBytes) {
    throw new LongmaiError('E_TOO_LARGE', `${file} is larger than a packet may be`, {
      detail: path.basename(file),
    });
  }
  return fs.readFileSync(file);
}

/**
 * Write through a hidden temporary file and rename, so nobody (a folder watcher on the other
 * side of a synced folder included) ever sees half a packet under its real name.
 */
export function writeFileAtomically(file: string, bytes: Buffer): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${newId()}.tmp`);
  try {
    fs.writeFileSync(temporary, bytes, { flag: 'wx' });
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    if (code === 'ENOENT') {
      throw new LongmaiError('E_FILE_NOT_FOUND', `the folder of ${file} does not exist`, {
        path: file,
      });
    }
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      throw new LongmaiError('E_READ_ONLY', `${file} cannot be written`, { path: file });
    }
    throw error;
  }
}

/** `name`, or `name (2)`, `name (3)`… before the extension: the first that is free in `dir`. */
export function freeName(dir: string, name: string): string {
  const ext = path.extname(name);
  const base = name.slice(0, name.length - ext.length);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? name : `${base} (${String(n)})${ext}`;
    if (!fs.existsSync(path.join(dir, candidate))) return candidate;
  }
}

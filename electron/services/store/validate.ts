import Database from 'better-sqlite3';
import fs from 'node:fs';
import { LongmaiError } from '../../../shared/ipc/errors.js';
import { LONGMAI_APPLICATION_ID, REQUIRED_TABLES, SQLITE_HEADER } from './constants.js';
import { readApplicationId, readUserVersion } from './migrate.js';
import { SCHEMA_VERSION } from './migrations/index.js';

/** A connection to a file that passed every check, and its schema version. */
export interface ValidatedFile {
  /** Writable when asked for and the file allows it (see `readonly`), else read-only. */
  db: Database.Database;
  schemaVersion: number;
}

const SQLITE_HEADER_SIZE = 100;
/** Header bytes 18/19 are 2 in WAL mode; an in-memory copy must read as rollback mode. */
const WRITE_VERSION_OFFSET = 18;

function isMissingFileError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

function readHeader(path: string): Buffer {
  let fd: number;
  try {
    const stat = fs.statSync(path);
    if (!stat.isFile())
      throw new LongmaiError('E_FILE_NOT_FOUND', `${path} is not a file`, { path });
    fd = fs.openSync(path, 'r');
  } catch (error) {
    if (error instanceof LongmaiError) throw error;
    if (isMissingFileError(error)) {
      throw new LongmaiError('E_FILE_NOT_FOUND', `no such file: ${path}`, { path });
    }
    throw new LongmaiError('E_DAMAGED', `cannot read ${path}: ${String(error)}`, { path });
  }
  try {
    const header = Buffer.alloc(SQLITE_HEADER_SIZE);
    const read = fs.readSync(fd, header, 0, SQLITE_HEADER_SIZE, 0);
    return header.subarray(0, read);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * A view of the file for the checks that cannot change anything on disk. A writable
 * connection to a WAL-mode file creates -wal and -shm files but removes them again when it
 * closes without having written, so when the caller will write anyway the checks run on the
 * connection it keeps, with no copy of the file. Otherwise, and for a write-protected file,
 * a read-only connection when a writer already holds the -wal and -shm files (even a
 * read-only connection creates and leaves them behind), or an in-memory copy of the file.
 */
function openView(path: string, writable: boolean): Database.Database {
  const logged = fs.existsSync(`${path}-wal`) && fs.existsSync(`${path}-shm`);
  if (writable && !fs.existsSync(`${path}-wal`)) {
    const db = new Database(path, { fileMustExist: true });
    if (!db.readonly) return db;
    db.close();
  }
  if (logged) return new Database(path, { readonly: true, fileMustExist: true });
  const image = fs.readFileSync(path);
  image[WRITE_VERSION_OFFSET] = 1;
  image[WRITE_VERSION_OFFSET + 1] = 1;
  return new Database(image, { readonly: true });
}

function checkContents(db: Database.Database, path: string): number {
  if (readApplicationId(db) !== LONGMAI_APPLICATION_ID) {
    throw new LongmaiError('E_NOT_LONGMAI', `${path} is a SQLite file of another application`, {
      path,
    });
  }
  const found = readUserVersion(db);
  if (found > SCHEMA_VERSION) {
    throw new LongmaiError(
      'E_NEWER_SCHEMA',
      `${path} was written by a newer Longmai (schema ${String(found)}; this one reads up to ${String(SCHEMA_VERSION)})`,
      { path, found, supported: SCHEMA_VERSION },
    );
  }
  const tables = new Set(
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[],
  );
  const missing = REQUIRED_TABLES.filter((table) => !tables.has(table));
  if (found < 1 || missing.length > 0) {
    throw new LongmaiError('E_NOT_LONGMAI', `${path} is not a Longmai project`, { path });
  }
  // quick_check reads every page and record (what a damaged disk or a cut-off copy breaks)
  // in a fifth of integrity_check's time, which also cross-checks every index entry.
  const problems = db.prepare('PRAGMA quick_check(5)').pluck().all() as string[];
  if (problems.length !== 1 || problems[0] !== 'ok') {
    throw new LongmaiError('E_DAMAGED', `${path} is damaged: ${problems.join('; ')}`, {
      path,
      detail: problems.join('; ').slice(0, 500),
    });
  }
  const projects = Number(db.prepare('SELECT count(*) FROM project').pluck().get());
  const locals = Number(db.prepare('SELECT count(*) FROM local').pluck().get());
  if (projects !== 1 || locals !== 1) {
    throw new LongmaiError('E_DAMAGED', `${path} has no project record`, { path });
  }
  return found;
}

/**
 * Every check a file must pass before Longmai writes to it, in order: it exists, it starts
 * with the SQLite header, it carries Longmai's application id and tables, its schema is not
 * newer than this build, and `quick_check` passes. Changes nothing on disk, even when it
 * returns a writable connection (`writable`) for the caller to go on with.
 */
export function validateProjectFile(path: string, writable = false): ValidatedFile {
  const header = readHeader(path);
  if (header.length < SQLITE_HEADER_SIZE || !header.subarray(0, 16).equals(SQLITE_HEADER)) {
    throw new LongmaiError('E_NOT_SQLITE', `${path} is not a SQLite database`, { path });
  }
  let db: Database.Database | undefined;
  try {
    db = openView(path, writable);
    const schemaVersion = checkContents(db, path);
    return { db, schemaVersion };
  } catch (error) {
    db?.close();
    if (error instanceof LongmaiError) throw error;
    throw new LongmaiError('E_DAMAGED', `${path} cannot be read: ${String(error)}`, {
      path,
      detail: String(error).slice(0, 500),
    });
  }
}

import Database from 'better-sqlite3';
import fs from 'node:fs';
import { LongmaiError } from '../../../shared/ipc/errors.js';
import { LONGMAI_APPLICATION_ID, REQUIRED_TABLES, SQLITE_HEADER } from './constants.js';
import { readApplicationId, readUserVersion } from './migrate.js';
import { SCHEMA_VERSION } from './migrations/index.js';

/** A read-only connection to a file that passed every check, and its schema version. */
export interface ValidatedFile {
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
 * A read-only view that cannot change anything on disk. Even a read-only SQLite connection
 * creates (and leaves behind) -wal and -shm files for a WAL-mode database, so unless a
 * writer already has those files open we check an in-memory copy of the file instead.
 */
function openReadOnlyView(path: string): Database.Database {
  if (fs.existsSync(`${path}-wal`) && fs.existsSync(`${path}-shm`)) {
    return new Database(path, { readonly: true, fileMustExist: true });
  }
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
  const problems = db.prepare('PRAGMA integrity_check(5)').pluck().all() as string[];
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
 * newer than this build, and `integrity_check` passes. Changes nothing on disk.
 */
export function validateProjectFile(path: string): ValidatedFile {
  const header = readHeader(path);
  if (header.length < SQLITE_HEADER_SIZE || !header.subarray(0, 16).equals(SQLITE_HEADER)) {
    throw new LongmaiError('E_NOT_SQLITE', `${path} is not a SQLite database`, { path });
  }
  let db: Database.Database | undefined;
  try {
    db = openReadOnlyView(path);
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

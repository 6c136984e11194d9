import Database from 'better-sqlite3';
import fs from 'node:fs';
import { LongmaiError } from '../../../shared/ipc/errors.js';
import { newId } from '../ids.js';
import { migrate } from './migrate.js';
import { SCHEMA_VERSION } from './migrations/index.js';
import { ProjectStore } from './project-store.js';
import { validateProjectFile } from './validate.js';

export interface OpenOptions {
  /** Read without ever writing: no migration, no WAL files, edits refused. */
  readOnly?: boolean;
  now?: () => number;
}

function configure(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
}

function openWritable(path: string): Database.Database {
  let db: Database.Database;
  try {
    db = new Database(path, { fileMustExist: true });
  } catch (error) {
    const message = `${path} cannot be opened for writing: ${String(error)}`;
    throw new LongmaiError('E_READ_ONLY', message, { path });
  }
  // SQLite quietly falls back to read-only for a write-protected file; say so up front.
  if (db.readonly) {
    db.close();
    throw new LongmaiError('E_READ_ONLY', `${path} is write-protected`, { path });
  }
  return db;
}

/**
 * Open an existing project file. Every check runs on a read-only view first, so a file that
 * fails one is left exactly as it was; only then is it opened for writing and migrated.
 */
export function openProjectStore(path: string, options: OpenOptions = {}): ProjectStore {
  const now = options.now ?? Date.now;
  const validated = validateProjectFile(path, !options.readOnly);
  if (options.readOnly) {
    if (validated.schemaVersion < SCHEMA_VERSION) {
      validated.db.close();
      throw new LongmaiError(
        'E_READ_ONLY',
        `${path} uses an older schema; open it once in Longmai to upgrade it`,
        { path },
      );
    }
    return new ProjectStore(validated.db, { path, readOnly: true, now });
  }
  let db = validated.db;
  if (db.readonly) {
    db.close();
    db = openWritable(path);
  }
  try {
    configure(db);
    migrate(db);
    return new ProjectStore(db, { path, readOnly: false, now });
  } catch (error) {
    db.close();
    throw error;
  }
}

function removeQuietly(path: string): void {
  for (const file of [path, `${path}-wal`, `${path}-shm`]) fs.rmSync(file, { force: true });
}

/**
 * Create a new project file (never overwriting one) and fill it with `init` in the same
 * transaction as the schema, so the file is either a whole project or removed again.
 */
export function createProjectStore(
  path: string,
  init: (store: ProjectStore) => void,
  options: Omit<OpenOptions, 'readOnly'> = {},
): ProjectStore {
  try {
    fs.closeSync(fs.openSync(path, 'wx'));
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'EEXIST')
      throw new LongmaiError('E_FILE_EXISTS', `${path} already exists`, { path });
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new LongmaiError('E_FILE_NOT_FOUND', `the folder of ${path} does not exist`, { path });
    }
    throw new LongmaiError('E_READ_ONLY', `cannot create ${path}: ${String(error)}`, { path });
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { fileMustExist: true });
    configure(db);
    const opened = db;
    return opened
      .transaction(() => {
        migrate(opened);
        opened
          .prepare(
            'INSERT INTO local (singleton, replica_id, hlc_wall_ms, hlc_counter) VALUES (1, ?, 0, 0)',
          )
          .run(newId());
        const store = new ProjectStore(opened, {
          path,
          readOnly: false,
          now: options.now ?? Date.now,
        });
        init(store);
        return store;
      })
      .immediate();
  } catch (error) {
    db?.close();
    removeQuietly(path);
    throw error;
  }
}

import type Database from 'better-sqlite3';
import { LONGMAI_APPLICATION_ID } from './constants.js';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations/index.js';

export function readUserVersion(db: Database.Database): number {
  return Number(db.pragma('user_version', { simple: true }));
}

export function readApplicationId(db: Database.Database): number {
  return Number(db.pragma('application_id', { simple: true }));
}

/**
 * Bring a writable, already validated connection up to SCHEMA_VERSION in one transaction, so
 * a crash leaves the file at its old version. Nests inside a caller's transaction (as a
 * savepoint), which lets a new file be created whole or not at all.
 */
export function migrate(db: Database.Database): void {
  const from = readUserVersion(db);
  if (from >= SCHEMA_VERSION) return;
  db.transaction(() => {
    // A brand-new file gets its Longmai mark; existing files were checked before opening.
    // Pragmas take no bound parameters; both values are numbers from code, not input.
    if (from === 0) db.pragma(`application_id = ${String(LONGMAI_APPLICATION_ID)}`);
    for (const migration of MIGRATIONS) {
      if (migration.version <= from) continue;
      db.exec(migration.sql);
      db.pragma(`user_version = ${String(migration.version)}`);
    }
  }).immediate();
}

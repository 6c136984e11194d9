import { migration001Initial } from './001-initial.js';
import { migration002UndoJournal } from './002-undo-journal.js';
import { migration003Qualification } from './003-qualification.js';
import { migration004Sync } from './004-sync.js';
import { migration005OpIndexes } from './005-op-indexes.js';
import type { Migration } from './migration.js';

/** Every schema step in order; `MIGRATIONS[i].version === i + 1`. Append only. */
export const MIGRATIONS: readonly Migration[] = [
  migration001Initial,
  migration002UndoJournal,
  migration003Qualification,
  migration004Sync,
  migration005OpIndexes,
];

/** The newest schema this build reads and writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;

export type { Migration } from './migration.js';

import type { Migration } from './migration.js';

/**
 * Schema v2: the undo journal. One row per user action made on this replica, with the field
 * values before and after it, so undo and redo survive reopening the file. Undo never rewrites
 * the op log: it appends inverse ops. Local to this file, never synced. Released: never edit.
 */
export const migration002UndoJournal: Migration = {
  version: 2,
  name: 'undo-journal',
  sql: `
CREATE TABLE undo_entries (
  seq INTEGER PRIMARY KEY,
  action TEXT NOT NULL,
  count INTEGER NOT NULL,
  changes TEXT NOT NULL,
  undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
  created_ms INTEGER NOT NULL
) STRICT;
CREATE INDEX undo_entries_undone ON undo_entries (undone, seq);
`,
};

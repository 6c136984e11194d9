import type Database from 'better-sqlite3';
import type { HistoryAction, HistoryStep } from '../../../shared/ipc/contract.js';
import { HISTORY_ACTIONS } from '../../../shared/ipc/contract/history.js';
import type { EntityName } from '../../../shared/model/fields.js';
import type { OpValue } from '../../../shared/sync/ops.js';

/**
 * One field an action changed: its value before (`b`) and after (`a`). A creation is recorded
 * as `deleted` going from true to false, a deletion the other way, so undo and redo of either
 * are a single tombstone register write. Short keys: a big paste keeps thousands of these.
 */
export interface JournalChange {
  e: EntityName;
  i: string;
  f: string;
  b: OpValue;
  a: OpValue;
}

export interface JournalEntry extends HistoryStep {
  seq: number;
  changes: JournalChange[];
}

/** Steps kept per file; older ones fall off the bottom of the undo stack. */
export const MAX_UNDO_STEPS = 200;

interface EntryRow {
  seq: number;
  action: string;
  count: number;
  changes: string;
}

export interface Journal {
  /** Record a new action: it clears the redo stack, as in every editor. */
  push(step: HistoryStep, changes: readonly JournalChange[], nowMs: number): void;
  /** The step undo would take next. */
  nextUndo(): JournalEntry | null;
  /** The step redo would take next. */
  nextRedo(): JournalEntry | null;
  markUndone(seq: number, undone: boolean): void;
  drop(seq: number): void;
  peekUndo(): HistoryStep | null;
  peekRedo(): HistoryStep | null;
}

function isAction(value: string): value is HistoryAction {
  return (HISTORY_ACTIONS as readonly string[]).includes(value);
}

function toEntry(row: EntryRow | undefined): JournalEntry | null {
  if (!row || !isAction(row.action)) return null;
  return {
    seq: row.seq,
    action: row.action,
    count: row.count,
    changes: JSON.parse(row.changes) as JournalChange[],
  };
}

function toStep(row: Omit<EntryRow, 'changes'> | undefined): HistoryStep | null {
  if (!row || !isAction(row.action)) return null;
  return { action: row.action, count: row.count };
}

function prepare(db: Database.Database): Journal {
  const insert = db.prepare(
    'INSERT INTO undo_entries (action, count, changes, undone, created_ms) VALUES (?, ?, ?, 0, ?)',
  );
  const clearRedo = db.prepare('DELETE FROM undo_entries WHERE undone = 1');
  const prune = db.prepare(
    `DELETE FROM undo_entries WHERE seq NOT IN
       (SELECT seq FROM undo_entries ORDER BY seq DESC LIMIT ${String(MAX_UNDO_STEPS)})`,
  );
  const lastDone = db.prepare(
    'SELECT seq, action, count, changes FROM undo_entries WHERE undone = 0 ORDER BY seq DESC LIMIT 1',
  );
  const firstUndone = db.prepare(
    'SELECT seq, action, count, changes FROM undo_entries WHERE undone = 1 ORDER BY seq LIMIT 1',
  );
  const lastDoneStep = db.prepare(
    'SELECT seq, action, count FROM undo_entries WHERE undone = 0 ORDER BY seq DESC LIMIT 1',
  );
  const firstUndoneStep = db.prepare(
    'SELECT seq, action, count FROM undo_entries WHERE undone = 1 ORDER BY seq LIMIT 1',
  );
  const setUndone = db.prepare('UPDATE undo_entries SET undone = ? WHERE seq = ?');
  const remove = db.prepare('DELETE FROM undo_entries WHERE seq = ?');

  return {
    push(step, changes, nowMs) {
      clearRedo.run();
      insert.run(step.action, step.count, JSON.stringify(changes), nowMs);
      prune.run();
    },
    nextUndo: () => toEntry(lastDone.get() as EntryRow | undefined),
    nextRedo: () => toEntry(firstUndone.get() as EntryRow | undefined),
    markUndone(seq, undone) {
      setUndone.run(undone ? 1 : 0, seq);
    },
    drop(seq) {
      remove.run(seq);
    },
    peekUndo: () => toStep(lastDoneStep.get() as EntryRow | undefined),
    peekRedo: () => toStep(firstUndoneStep.get() as EntryRow | undefined),
  };
}

const journals = new WeakMap<Database.Database, Journal>();

/** The journal of one open file, its statements prepared once per connection. */
export function journalOf(db: Database.Database): Journal {
  let journal = journals.get(db);
  if (!journal) {
    journal = prepare(db);
    journals.set(db, journal);
  }
  return journal;
}

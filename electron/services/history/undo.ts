import type Database from 'better-sqlite3';
import type { HistoryResult, HistoryState } from '../../../shared/ipc/contract.js';
import { LongmaiError } from '../../../shared/ipc/errors.js';
import type { FieldChange } from '../../../shared/sync/ops.js';
import type { ProjectStore } from '../store/index.js';
import { changeSetOf, TouchedEntities } from './change-set.js';
import { checkRestored } from './checks.js';
import { journalOf, type Journal, type JournalChange, type JournalEntry } from './journal.js';
import { currentRows, currentValue } from './rows.js';

export type Direction = 'undo' | 'redo';

function stateOf(journal: Journal): HistoryState {
  return { undo: journal.peekUndo(), redo: journal.peekRedo() };
}

export function historyState(store: ProjectStore): HistoryState {
  return store.transaction((db) => stateOf(journalOf(db)));
}

/** The first change whose field no longer holds what this step left (or found) there. */
function staleChange(store: ProjectStore, changes: readonly JournalChange[], direction: Direction) {
  const rowOf = currentRows(
    store,
    changes.map((change) => ({ entity: change.e, id: change.i })),
  );
  return changes.find((change) => {
    const expected = direction === 'undo' ? change.a : change.b;
    return currentValue(rowOf(change.e, change.i), change.f) !== expected;
  });
}

function describe(store: ProjectStore, change: JournalChange): string {
  const node = change.e === 'node' ? store.node(change.i) : null;
  const edge = change.e === 'edge' ? store.edge(change.i) : null;
  const nodeId = edge?.fromId ?? node?.id;
  return (nodeId && store.node(nodeId)?.name) ?? change.i;
}

/**
 * Write the step's values back. Only restored needs edges and supply links can be refused once
 * their ops are written, so only then does the write get a savepoint to roll back to (a
 * savepoint copies every page it touches: costly for a big paste).
 */
function apply(
  store: ProjectStore,
  db: Database.Database,
  entry: JournalEntry,
  direction: Direction,
): TouchedEntities {
  const ordered = direction === 'undo' ? [...entry.changes].reverse() : entry.changes;
  const touched = new TouchedEntities();
  const restoredEdges: string[] = [];
  const restoredLinks: string[] = [];
  const writes: FieldChange[] = ordered.map((change) => {
    const value = direction === 'undo' ? change.b : change.a;
    touched.add(change.e, change.i);
    if (change.f === 'deleted' && value === false) {
      if (change.e === 'edge') restoredEdges.push(change.i);
      if (change.e === 'link') restoredLinks.push(change.i);
    }
    return { entity: change.e, entityId: change.i, field: change.f, value };
  });
  const write = (): void => {
    store.applyLocalChanges(writes);
    checkRestored(store, restoredEdges, restoredLinks);
  };
  if (restoredEdges.length + restoredLinks.length > 0) db.transaction(write)();
  else write();
  return touched;
}

/**
 * Undo (or redo) the latest local step by appending ops that write the recorded values back;
 * the op log only grows. A step whose records were changed since (say by an imported packet),
 * or that would break an editing rule, is refused with a reason and dropped from the stack so
 * the next undo can reach the steps before it.
 */
export function takeStep(store: ProjectStore, direction: Direction): HistoryResult {
  const outcome = store.transaction((db): { result: HistoryResult } | { refusal: LongmaiError } => {
    const journal = journalOf(db);
    const entry = direction === 'undo' ? journal.nextUndo() : journal.nextRedo();
    if (!entry) return { result: emptyResult(stateOf(journal)) };
    const stale = staleChange(store, entry.changes, direction);
    if (stale) {
      journal.drop(entry.seq);
      const name = describe(store, stale);
      return {
        refusal: new LongmaiError('E_UNDO_STALE', `${name} was changed since this step`, { name }),
      };
    }
    try {
      const touched = apply(store, db, entry, direction);
      journal.markUndone(entry.seq, direction === 'undo');
      const step = { action: entry.action, count: entry.count };
      return { result: { step, changes: changeSetOf(store, touched), history: stateOf(journal) } };
    } catch (error) {
      if (!(error instanceof LongmaiError)) throw error;
      journal.drop(entry.seq);
      return { refusal: error };
    }
  });
  if ('refusal' in outcome) throw outcome.refusal;
  return outcome.result;
}

function emptyResult(history: HistoryState): HistoryResult {
  return {
    step: null,
    changes: {
      nodes: [],
      edges: [],
      links: [],
      removedNodeIds: [],
      removedEdgeIds: [],
      removedLinkIds: [],
    },
    history,
  };
}

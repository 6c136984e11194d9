import type { HistoryStep } from '../../../shared/ipc/contract.js';
import type { FieldChange, Op } from '../../../shared/sync/ops.js';
import type { ProjectStore } from '../store/index.js';
import { journalOf, type JournalChange } from './journal.js';
import { currentRows, currentValue } from './rows.js';

const keyOf = (entity: string, id: string): string => `${entity}\u0000${id}`;

/**
 * What undoing `changes` needs, read before they are applied: a created entity becomes one
 * `deleted` true → false change; any other field keeps its first before-value and last after-value.
 */
function journalChanges(store: ProjectStore, changes: readonly FieldChange[]): JournalChange[] {
  const rowOf = currentRows(
    store,
    changes.map((change) => ({ entity: change.entity, id: change.entityId })),
  );
  const recorded = new Map<string, JournalChange>();
  for (const change of changes) {
    const entityKey = keyOf(change.entity, change.entityId);
    const row = rowOf(change.entity, change.entityId);
    const created = row === null && change.field !== 'deleted';
    const field = created ? 'deleted' : change.field;
    const fieldKey = `${entityKey}\u0000${field}`;
    const after = created ? false : change.value;
    const existing = recorded.get(fieldKey);
    if (existing) {
      existing.a = after;
      continue;
    }
    const before = created ? true : currentValue(row, change.field);
    if (before === undefined) continue;
    recorded.set(fieldKey, { e: change.entity, i: change.entityId, f: field, b: before, a: after });
  }
  return [...recorded.values()].filter((change) => change.b !== change.a);
}

/**
 * Apply a user action's changes and record its undo step in the same transaction. An action
 * that changes nothing records nothing, so undo never steps over an empty entry.
 */
export function recordEdit(
  store: ProjectStore,
  step: HistoryStep,
  changes: readonly FieldChange[],
  nowMs: number = Date.now(),
): Op[] {
  if (changes.length === 0) return [];
  return store.transaction((db) => {
    const journal = journalChanges(store, changes);
    const ops = store.applyLocalChanges(changes);
    if (journal.length > 0) journalOf(db).push(step, journal, nowMs);
    return ops;
  });
}

import type { FieldChange, OpValue } from '../../../shared/sync/ops.js';

/** Field changes that create an entity: one per field, in the given order. */
export function creationChanges(
  entity: FieldChange['entity'],
  entityId: string,
  fields: Record<string, OpValue>,
): FieldChange[] {
  return Object.entries(fields).map(([field, value]) => ({ entity, entityId, field, value }));
}

/** Deletion is an explicit tombstone op, never inferred from absence (SYNC.md). */
export function tombstone(entity: FieldChange['entity'], entityId: string): FieldChange {
  return { entity, entityId, field: 'deleted', value: true };
}

/** Changes for the patch fields whose value differs: a save that changes nothing writes no op. */
export function patchChanges<T extends object>(
  entity: FieldChange['entity'],
  current: T,
  patch: Partial<Record<keyof T, OpValue | undefined>>,
  entityId: string,
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [field, value] of Object.entries(patch) as [keyof T & string, OpValue | undefined][]) {
    if (value !== undefined && current[field] !== value) {
      changes.push({ entity, entityId, field, value });
    }
  }
  return changes;
}

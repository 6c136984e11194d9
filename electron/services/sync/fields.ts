import { LongmaiError } from '../../../shared/ipc/errors.js';
import { fieldSchema, isEntityName, type EntityName } from '../../../shared/model/fields.js';
import type { Op, OpValue } from '../../../shared/sync/ops.js';
import type { HomeIdentity } from '../identity/index.js';
import type { ProjectStore } from '../store/index.js';
import { boundParty } from './bound.js';

export function entityOf(text: string): EntityName {
  if (!isEntityName(text)) {
    throw new LongmaiError('E_USAGE', `unknown entity ${text}`, { detail: text });
  }
  return text;
}

/** One materialized record, as `dump` shows it. */
export function getRecord(
  store: ProjectStore,
  entity: EntityName,
  id: string,
): Record<string, unknown> {
  const row = store.record(entity, id);
  if (!row) throw new LongmaiError('E_NOT_FOUND', `no ${entity} with id ${id}`, { id });
  return row;
}

/**
 * A value typed on the command line, read the way the field's schema wants it: as the
 * text itself if that fits (a name "123" stays a string), else as JSON (3, true, null).
 */
export function parseFieldValue(entity: EntityName, field: string, text: string): OpValue {
  const schema = fieldSchema(entity, field);
  if (!schema)
    throw new LongmaiError('E_USAGE', `${entity} has no field ${field}`, { detail: field });
  if (schema.safeParse(text).success) return text;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success || (json !== null && typeof json === 'object')) {
    throw new LongmaiError('E_BAD_ARGUMENT', `bad value for ${entity}.${field}: ${text}`, {
      field: `${entity}.${field}`,
      detail: text,
    });
  }
  return json as OpValue;
}

/** The party local edits are made for: the bound party, or the maker for an unbound file. */
export function authorFor(store: ProjectStore, identity: HomeIdentity | null): string {
  if (store.sync.localIdentity()) {
    if (!identity) {
      throw new LongmaiError('E_NO_IDENTITY', `${store.path} acts for a party: give its --home`);
    }
    return boundParty(store, identity);
  }
  return store.project().makerPartyId;
}

/** Set one field through the op log, under the same permission rules as an import. */
export function setField(
  store: ProjectStore,
  identity: HomeIdentity | null,
  change: { entity: EntityName; id: string; field: string; text: string },
): Op {
  getRecord(store, change.entity, change.id);
  const value = parseFieldValue(change.entity, change.field, change.text);
  const authorParty = authorFor(store, identity);
  const [op] = store.applyLocalChanges(
    [{ entity: change.entity, entityId: change.id, field: change.field, value }],
    { authorParty },
  );
  if (!op) throw new LongmaiError('E_INTERNAL', 'no op was written');
  return op;
}

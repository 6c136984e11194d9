import type Database from 'better-sqlite3';
import { ENTITY_NAMES, type EntityName } from '../../../shared/model/fields.js';
import type { OpValue } from '../../../shared/sync/ops.js';
import { columnsOf, fromColumnValue, tableOf, toColumnValue } from './columns.js';

/** Reads and writes materialized rows, shaped as the model's entities (camelCase fields). */
export interface EntityRows {
  upsert(entity: EntityName, id: string, values: ReadonlyMap<string, OpValue>): void;
  /** Write one field's column of an existing row. */
  setField(entity: EntityName, id: string, field: string, value: OpValue): void;
  remove(entity: EntityName, id: string): void;
  /** Remove many rows of one entity in one statement. */
  removeMany(entity: EntityName, ids: readonly string[]): void;
  /** Which of `ids` have a row, in one statement. */
  existing(entity: EntityName, ids: readonly string[]): Set<string>;
  get(entity: EntityName, id: string): Record<string, unknown> | null;
  /** The rows of these ids that exist, by id, in one statement. */
  getMany(entity: EntityName, ids: readonly string[]): Map<string, Record<string, unknown>>;
  all(entity: EntityName): Record<string, unknown>[];
  /** Every row as an array: `id`, then the fields in model order (`keyItem` as 0/1). */
  rows(entity: EntityName): unknown[][];
  clearAll(): void;
}

interface EntityStatements {
  upsert: Database.Statement;
  remove: Database.Statement;
  removeMany: Database.Statement;
  existing: Database.Statement;
  get: Database.Statement;
  getMany: Database.Statement;
  all: Database.Statement;
  clear: Database.Statement;
}

/** SQL text comes only from the fixed column table in columns.ts, never from op contents. */
function prepareFor(db: Database.Database, entity: EntityName): EntityStatements {
  const table = tableOf(entity);
  const columns = columnsOf(entity);
  const names = ['id', ...columns.map((c) => c.column)];
  const updates = columns.map((c) => `${c.column} = excluded.${c.column}`).join(', ');
  return {
    upsert: db.prepare(
      `INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})
       ON CONFLICT (id) DO UPDATE SET ${updates}`,
    ),
    remove: db.prepare(`DELETE FROM ${table} WHERE id = ?`),
    removeMany: db.prepare(`DELETE FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`),
    existing: db
      .prepare(`SELECT id FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`)
      .pluck(),
    get: db.prepare(`SELECT ${names.join(', ')} FROM ${table} WHERE id = ?`).raw(),
    getMany: db
      .prepare(
        `SELECT ${names.join(', ')} FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`,
      )
      .raw(),
    all: db.prepare(`SELECT ${names.join(', ')} FROM ${table} ORDER BY id`).raw(),
    clear: db.prepare(`DELETE FROM ${table}`),
  };
}

export function prepareEntityRows(db: Database.Database): EntityRows {
  const statements = new Map<EntityName, EntityStatements>(
    ENTITY_NAMES.map((entity) => [entity, prepareFor(db, entity)]),
  );
  const of = (entity: EntityName): EntityStatements => {
    const found = statements.get(entity);
    if (!found) throw new Error(`no table for entity ${entity}`);
    return found;
  };
  const fields = new Map(ENTITY_NAMES.map((entity) => [entity, columnsOf(entity)]));
  // Prepared on first use: few of the model's columns are ever written one at a time.
  const fieldUpdates = new Map<string, Database.Statement>();
  const fieldUpdate = (entity: EntityName, field: string): Database.Statement => {
    const key = `${entity}.${field}`;
    let statement = fieldUpdates.get(key);
    if (!statement) {
      const mapping = fields.get(entity)?.find((column) => column.field === field);
      if (!mapping) throw new Error(`no column for ${key}`);
      statement = db.prepare(`UPDATE ${tableOf(entity)} SET ${mapping.column} = ? WHERE id = ?`);
      fieldUpdates.set(key, statement);
    }
    return statement;
  };
  const toEntity = (entity: EntityName, row: unknown[]): Record<string, unknown> => {
    const result: Record<string, unknown> = { id: row[0] };
    (fields.get(entity) ?? []).forEach(({ field }, i) => {
      result[field] = fromColumnValue(field, row[i + 1]);
    });
    return result;
  };

  return {
    upsert(entity, id, values) {
      const params = columnsOf(entity).map(({ field }) =>
        toColumnValue(field, values.get(field) ?? null),
      );
      of(entity).upsert.run(id, ...params);
    },
    setField(entity, id, field, value) {
      fieldUpdate(entity, field).run(toColumnValue(field, value), id);
    },
    remove(entity, id) {
      of(entity).remove.run(id);
    },
    removeMany(entity, ids) {
      if (ids.length > 0) of(entity).removeMany.run(JSON.stringify(ids));
    },
    existing(entity, ids) {
      if (ids.length === 0) return new Set();
      return new Set(of(entity).existing.all(JSON.stringify(ids)) as string[]);
    },
    get(entity, id) {
      const row = of(entity).get.get(id) as unknown[] | undefined;
      return row ? toEntity(entity, row) : null;
    },
    getMany(entity, ids) {
      const found = new Map<string, Record<string, unknown>>();
      if (ids.length === 0) return found;
      for (const row of of(entity).getMany.all(JSON.stringify(ids)) as unknown[][]) {
        found.set(row[0] as string, toEntity(entity, row));
      }
      return found;
    },
    all(entity) {
      return (of(entity).all.all() as unknown[][]).map((row) => toEntity(entity, row));
    },
    rows(entity) {
      return of(entity).all.all() as unknown[][];
    },
    clearAll() {
      for (const entity of ENTITY_NAMES) of(entity).clear.run();
    },
  };
}

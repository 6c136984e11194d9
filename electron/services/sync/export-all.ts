import type Database from 'better-sqlite3';
import type { VersionVector } from '../../../shared/sync/vector.js';
import { OPS_PER_CHANGE_SET, type ChangeSetWriter } from './change-sets.js';
import { OP_LINE_SQL } from './op-line-sql.js';

const NOT_HELD =
  'NOT EXISTS (SELECT 1 FROM json_each(?) AS v WHERE v.key = ops.author_replica AND ops.hlc <= v.value)';

/** The stamp OPS_PER_CHANGE_SET ops after `after`, walking the clock index alone. */
const BOUND = `SELECT hlc FROM ops INDEXED BY ops_clock WHERE hlc > ? ORDER BY hlc LIMIT 1 OFFSET ${String(OPS_PER_CHANGE_SET - 1)}`;

/**
 * One change set's bytes, count and clock range, in one query. The lines come from the clock
 * index in (stamp, op id) order, which the subquery states and the index gives: SQLite sorts
 * nothing. Getting bytes, not a string per op, spares decoding and re-encoding every line.
 */
function setQuery(upper: boolean, held: boolean): string {
  const where = ['hlc > ?', ...(upper ? ['hlc <= ?'] : []), ...(held ? [NOT_HELD] : [])];
  return `SELECT CAST(group_concat(line, '') AS BLOB), count(*), min(hlc), max(hlc)
    FROM (SELECT ${OP_LINE_SQL} AS line, hlc FROM ops INDEXED BY ops_clock
      WHERE ${where.join(' AND ')} ORDER BY hlc, op_id)`;
}

type SetRow = [Buffer | null, number, string | null, string | null];

/**
 * Every op the vector does not hold, as change sets of up to OPS_PER_CHANGE_SET ops cut at
 * stamps of the whole log, so ops that share a stamp stay in one set.
 */
export function writeUnheldOps(
  db: Database.Database,
  vector: VersionVector,
  writer: ChangeSetWriter,
): void {
  const held = Object.keys(vector).length > 0;
  const extra = held ? [JSON.stringify(vector)] : [];
  const bound = db.prepare(BOUND).pluck();
  const middle = db.prepare(setQuery(true, held)).raw();
  const rest = db.prepare(setQuery(false, held)).raw();
  let after = '';
  for (;;) {
    const upTo = bound.get(after) as string | undefined;
    if (after === '' && upTo !== undefined) writer.expectMany();
    const [bytes, count, first, last] = (
      upTo === undefined ? rest.get(after, ...extra) : middle.get(after, upTo, ...extra)
    ) as SetRow;
    if (bytes && first !== null && last !== null) writer.addSet(bytes, count, first, last);
    if (upTo === undefined) return;
    after = upTo;
  }
}

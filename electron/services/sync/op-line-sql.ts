/**
 * An op's change-set line built by SQLite, the same JSON as `opLine` (packet-write.ts): keys
 * in the same order, `value` and `prev` as stored (JSON.stringify wrote them). Building it
 * there saves creating nine strings and an object per op for a full packet. Every op is
 * checked on its way into the log (validateChange, readOpLine): ids, stamps, entity and field
 * names are letters, digits, '_' and '-', so they need quotes and no escapes; the author
 * party, which callers may name, is quoted in full.
 */
const FORMAT = `'{"opId":"%s","entity":"%s","entityId":"%s","field":"%s","value":%s,"hlc":"%s","authorParty":%s,"authorReplica":"%s","prev":%s}' || char(10)`;
const ARGS =
  'op_id, entity, entity_id, field, value, hlc, json_quote(author_party), author_replica, prev';
export const OP_LINE_SQL = `printf(${FORMAT}, ${ARGS})`;

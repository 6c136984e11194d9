import type { Migration } from './migration.js';

/**
 * Schema v5: indexes of the op log for export. The clock index also orders ops that share a
 * stamp by op id, the order change sets list them in, so reading a packet's ops out needs no
 * sort; the author index finds a replica's newest op, what a file claims to hold of itself,
 * without walking the whole log when that replica wrote little or nothing. Released: never
 * edit.
 */
export const migration005OpIndexes: Migration = {
  version: 5,
  name: 'op-indexes',
  sql: `
CREATE INDEX ops_clock ON ops (hlc, op_id);
DROP INDEX ops_hlc;
CREATE INDEX ops_author ON ops (author_replica, hlc);
`,
};

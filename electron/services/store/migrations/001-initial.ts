import type { Migration } from './migration.js';

/**
 * Schema v1. Released: never edit; add a new numbered migration instead.
 * Materialized tables are the view of the op log (SYNC.md); references between them are
 * DEFERRABLE INITIALLY DEFERRED so one transaction may write rows in any order.
 */
export const migration001Initial: Migration = {
  version: 1,
  name: 'initial',
  sql: `
CREATE TABLE project (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  home_country TEXT NOT NULL,
  stage_template TEXT NOT NULL,
  maker_party_id TEXT NOT NULL REFERENCES parties (id) DEFERRABLE INITIALLY DEFERRED
) STRICT;

CREATE TABLE parties (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  country TEXT NOT NULL,
  notes TEXT NOT NULL
) STRICT;

CREATE TABLE nodes (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  code TEXT NOT NULL,
  spec TEXT NOT NULL,
  key_item INTEGER NOT NULL CHECK (key_item IN (0, 1)),
  owner_party_id TEXT NOT NULL REFERENCES parties (id) DEFERRABLE INITIALLY DEFERRED,
  notes TEXT NOT NULL,
  x REAL NOT NULL,
  y REAL NOT NULL
) STRICT;

CREATE TABLE edges (
  id TEXT PRIMARY KEY,
  from_id TEXT NOT NULL REFERENCES nodes (id) DEFERRABLE INITIALLY DEFERRED,
  to_id TEXT NOT NULL REFERENCES nodes (id) DEFERRABLE INITIALLY DEFERRED,
  quantity REAL,
  unit TEXT NOT NULL,
  owner_party_id TEXT NOT NULL REFERENCES parties (id) DEFERRABLE INITIALLY DEFERRED
) STRICT;
CREATE INDEX edges_from ON edges (from_id);
CREATE INDEX edges_to ON edges (to_id);

CREATE TABLE links (
  id TEXT PRIMARY KEY,
  node_id TEXT NOT NULL REFERENCES nodes (id) DEFERRABLE INITIALLY DEFERRED,
  party_id TEXT NOT NULL REFERENCES parties (id) DEFERRABLE INITIALLY DEFERRED,
  stage INTEGER NOT NULL CHECK (stage BETWEEN 0 AND 7),
  reported_stage INTEGER CHECK (reported_stage BETWEEN 0 AND 7),
  status TEXT NOT NULL CHECK (status IN ('on_track', 'at_risk', 'blocked')),
  status_reason TEXT NOT NULL,
  target_date TEXT NOT NULL,
  owner_party_id TEXT NOT NULL REFERENCES parties (id) DEFERRABLE INITIALLY DEFERRED
) STRICT;
CREATE INDEX links_node ON links (node_id);
CREATE INDEX links_party ON links (party_id);

CREATE TABLE ops (
  op_id TEXT PRIMARY KEY,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  field TEXT NOT NULL,
  value TEXT NOT NULL,
  hlc TEXT NOT NULL,
  author_party TEXT NOT NULL,
  author_replica TEXT NOT NULL,
  prev TEXT NOT NULL
) STRICT;
CREATE INDEX ops_register ON ops (entity, entity_id, field);
CREATE INDEX ops_hlc ON ops (hlc);

CREATE TABLE heads (
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  field TEXT NOT NULL,
  op_id TEXT NOT NULL REFERENCES ops (op_id),
  PRIMARY KEY (entity, entity_id, field, op_id)
) STRICT, WITHOUT ROWID;

-- This file's own identity and clock: one row, never synced.
CREATE TABLE local (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  replica_id TEXT NOT NULL,
  hlc_wall_ms INTEGER NOT NULL,
  hlc_counter INTEGER NOT NULL
) STRICT;
`,
};

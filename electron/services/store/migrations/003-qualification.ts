import type { Migration } from './migration.js';

/**
 * Schema v3: qualification. Parties get contacts; the project its own stage list and PPAP
 * level; supply links their role, share, times, notes, first batch, per-stage targets and PPAP
 * checklist. New tables hold transitions (stage moves), evidence records, and the evidence
 * bytes themselves in `blobs`, named by SHA-256 (deduplicated, not an op-log entity: packets
 * carry blobs beside their ops). The links table is rebuilt because v1 fixed its stage range
 * to the default template's 0-7 in a CHECK, which SQLite cannot alter in place.
 * Column defaults equal FIELD_DEFAULTS in shared/model/fields.ts. Released: never edit.
 */
export const migration003Qualification: Migration = {
  version: 3,
  name: 'qualification',
  sql: `
ALTER TABLE project ADD COLUMN stages TEXT NOT NULL DEFAULT '[{"key":"need_identified","name":""},{"key":"key_tech_rd","name":""},{"key":"product_design","name":""},{"key":"samples","name":""},{"key":"test_verification","name":""},{"key":"small_batch","name":""},{"key":"batch_supply","name":"","batch":true},{"key":"demonstration","name":""}]';
ALTER TABLE project ADD COLUMN ppap_level INTEGER NOT NULL DEFAULT 3 CHECK (ppap_level BETWEEN 1 AND 5);
ALTER TABLE parties ADD COLUMN contacts TEXT NOT NULL DEFAULT '[]';

CREATE TABLE links_v3 (
  id TEXT PRIMARY KEY,
  node_id TEXT NOT NULL REFERENCES nodes (id) DEFERRABLE INITIALLY DEFERRED,
  party_id TEXT NOT NULL REFERENCES parties (id) DEFERRABLE INITIALLY DEFERRED,
  stage INTEGER NOT NULL CHECK (stage BETWEEN 0 AND 29),
  reported_stage INTEGER CHECK (reported_stage BETWEEN 0 AND 29),
  status TEXT NOT NULL CHECK (status IN ('on_track', 'at_risk', 'blocked')),
  status_reason TEXT NOT NULL,
  target_date TEXT NOT NULL,
  owner_party_id TEXT NOT NULL REFERENCES parties (id) DEFERRABLE INITIALLY DEFERRED,
  role TEXT NOT NULL DEFAULT 'primary' CHECK (role IN ('primary', 'alternate')),
  share_pct REAL,
  lead_time_weeks REAL,
  recovery_time_weeks REAL,
  notes TEXT NOT NULL DEFAULT '',
  first_batch_date TEXT NOT NULL DEFAULT '',
  stage_targets TEXT NOT NULL DEFAULT '{}',
  checklist TEXT NOT NULL DEFAULT '[]'
) STRICT;
INSERT INTO links_v3 (id, node_id, party_id, stage, reported_stage, status, status_reason,
  target_date, owner_party_id)
SELECT id, node_id, party_id, stage, reported_stage, status, status_reason, target_date,
  owner_party_id FROM links;
DROP TABLE links;
ALTER TABLE links_v3 RENAME TO links;
CREATE INDEX links_node ON links (node_id);
CREATE INDEX links_party ON links (party_id);

-- History outlives the link it describes, so no foreign keys: a tombstoned link keeps it.
CREATE TABLE transitions (
  id TEXT PRIMARY KEY,
  link_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('reported', 'approved')),
  from_stage TEXT NOT NULL,
  to_stage TEXT NOT NULL,
  date TEXT NOT NULL,
  by_party_id TEXT NOT NULL,
  comment TEXT NOT NULL,
  test_platform_party_id TEXT NOT NULL,
  approves_id TEXT NOT NULL
) STRICT;
CREATE INDEX transitions_link ON transitions (link_id, date);

CREATE TABLE evidence (
  id TEXT PRIMARY KEY,
  transition_id TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  file_name TEXT NOT NULL,
  mime TEXT NOT NULL,
  size INTEGER NOT NULL,
  by_party_id TEXT NOT NULL
) STRICT;
CREATE INDEX evidence_transition ON evidence (transition_id);
CREATE INDEX evidence_sha256 ON evidence (sha256);

CREATE TABLE blobs (
  sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
  size INTEGER NOT NULL,
  bytes BLOB NOT NULL
) STRICT;
`,
};

import type { Migration } from './migration.js';

/**
 * Schema v4: sync. The file's binding to a party's key, the keys it has accepted, what each
 * replica is known to hold (version vectors), conflict records derived from the registers,
 * and an index of which records strongly name which (so a deleted record that a live one
 * still needs stays visible). Conflicts and refs are views of the op log, rebuilt with it;
 * the rest is local to this file and never synced. Released: never edit.
 */
export const migration004Sync: Migration = {
  version: 4,
  name: 'sync',
  sql: `
-- The party this file acts for and the keys of the installation that holds it.
CREATE TABLE local_identity (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  party_id TEXT NOT NULL,
  party_key TEXT NOT NULL,
  replica_key TEXT NOT NULL,
  certificate TEXT NOT NULL,
  -- The invitation this copy was started from, named in its packets until the inviter hears it.
  joined_from TEXT
) STRICT;

-- Parties whose keys were confirmed by fingerprint: packets from anyone else are refused.
CREATE TABLE peers (
  party_id TEXT PRIMARY KEY,
  public_key TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  name TEXT NOT NULL,
  accepted_at TEXT NOT NULL
) STRICT;

-- Which party each replica acts for, learned from certificates: one replica, one party.
CREATE TABLE replicas (
  replica_id TEXT PRIMARY KEY,
  party_id TEXT NOT NULL,
  public_key TEXT NOT NULL
) STRICT;

-- What this copy holds completely, per replica (its version vector).
CREATE TABLE seen_vector (
  replica_id TEXT PRIMARY KEY,
  hlc TEXT NOT NULL
) STRICT;
INSERT INTO seen_vector (replica_id, hlc)
  SELECT author_replica, max(hlc) FROM ops GROUP BY author_replica;

-- What each replica of each peer party said it holds, as of its latest packet.
CREATE TABLE peer_vectors (
  party_id TEXT NOT NULL,
  replica_id TEXT NOT NULL,
  vector TEXT NOT NULL,
  PRIMARY KEY (party_id, replica_id)
) STRICT;

-- Invitations sent whose joiner has not spoken yet: deltas to that party start no later than
-- what they carried, so a new installation never misses what its invitation had.
CREATE TABLE invitations (
  seq INTEGER PRIMARY KEY,
  packet_id TEXT NOT NULL UNIQUE,
  party_id TEXT NOT NULL,
  coverage TEXT NOT NULL
) STRICT;

-- Registers with more than one head, and deletes an edit outlived: kept until resolved.
CREATE TABLE conflicts (
  id TEXT PRIMARY KEY,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  field TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('concurrent', 'deleted')),
  op_ids TEXT NOT NULL
) STRICT;
CREATE INDEX conflicts_entity ON conflicts (entity, entity_id);

-- Record (entity, entity_id) names target (target_entity, target_id) in a strong reference.
CREATE TABLE refs (
  target_entity TEXT NOT NULL,
  target_id TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  field TEXT NOT NULL,
  PRIMARY KEY (target_entity, target_id, entity, entity_id, field)
) STRICT, WITHOUT ROWID;
INSERT OR IGNORE INTO refs (target_entity, target_id, entity, entity_id, field)
  SELECT CASE WHEN field IN ('fromId', 'toId', 'nodeId') THEN 'node' ELSE 'party' END,
    json_extract(value, '$'), entity, entity_id, field
  FROM ops
  WHERE json_type(value) = 'text' AND (
    (entity = 'project' AND field = 'makerPartyId') OR
    (entity = 'node' AND field = 'ownerPartyId') OR
    (entity = 'edge' AND field IN ('fromId', 'toId', 'ownerPartyId')) OR
    (entity = 'link' AND field IN ('nodeId', 'partyId', 'ownerPartyId')));
`,
};

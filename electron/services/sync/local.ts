import type Database from 'better-sqlite3';
import { formatHlc } from '../../../shared/sync/hlc.js';
import type { Certificate } from '../../../shared/sync/manifest.js';
import { mergeVectors, meetVectors, type VersionVector } from '../../../shared/sync/vector.js';
import type { HomeIdentity } from '../identity/index.js';
import { fingerprintOf } from '../identity/index.js';
import type { ProjectStore } from '../store/index.js';

/** A party whose key was confirmed by fingerprint. */
export interface Peer {
  partyId: string;
  publicKey: string;
  fingerprint: string;
  name: string;
  acceptedAt: string;
}

/**
 * The file's local sync tables (schema v4): never synced, only ever read and written here.
 * Writers run inside the caller's transaction.
 */
export class SyncTables {
  private readonly db: Database.Database;

  constructor(private readonly store: ProjectStore) {
    this.db = store.sync.connection;
  }

  /** Make this file act for `partyId` with the keys of `identity`'s installation. */
  bind(identity: HomeIdentity, partyId: string): void {
    // Ops written before under another replica id stay held in full.
    this.db
      .prepare(
        `INSERT INTO seen_vector (replica_id, hlc)
         SELECT author_replica, max(hlc) FROM ops WHERE true GROUP BY author_replica
         ON CONFLICT (replica_id) DO UPDATE SET hlc = max(hlc, excluded.hlc)`,
      )
      .run();
    this.db
      .prepare(
        `INSERT INTO local_identity (singleton, party_id, party_key, replica_key, certificate)
         VALUES (1, ?, ?, ?, ?)
         ON CONFLICT (singleton) DO UPDATE SET party_id = excluded.party_id,
           party_key = excluded.party_key, replica_key = excluded.replica_key,
           certificate = excluded.certificate`,
      )
      .run(partyId, identity.partyKey, identity.replicaKey, JSON.stringify(identity.certificate));
    this.db.prepare('UPDATE local SET replica_id = ? WHERE singleton = 1').run(identity.replicaId);
    this.bindReplica(identity.replicaId, partyId, identity.replicaKey);
    this.accept(partyId, identity.partyKey, identity.name, new Date().toISOString());
  }

  peer(partyId: string): Peer | null {
    const row = this.db
      .prepare(
        `SELECT party_id AS partyId, public_key AS publicKey, fingerprint, name,
           accepted_at AS acceptedAt FROM peers WHERE party_id = ?`,
      )
      .get(partyId) as Peer | undefined;
    return row ?? null;
  }

  accept(partyId: string, publicKey: string, name: string, acceptedAt: string): void {
    this.db
      .prepare(
        `INSERT INTO peers (party_id, public_key, fingerprint, name, accepted_at)
         VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (party_id) DO UPDATE SET public_key = excluded.public_key,
           fingerprint = excluded.fingerprint, name = excluded.name,
           accepted_at = excluded.accepted_at`,
      )
      .run(partyId, publicKey, fingerprintOf(publicKey), name, acceptedAt);
  }

  /** The party a replica acts for, if this file has learned it. */
  partyOfReplica(replicaId: string): string | null {
    const row = this.db
      .prepare('SELECT party_id FROM replicas WHERE replica_id = ?')
      .pluck()
      .get(replicaId) as string | undefined;
    return row ?? null;
  }

  bindReplica(replicaId: string, partyId: string, publicKey: string): void {
    this.db
      .prepare('INSERT OR IGNORE INTO replicas (replica_id, party_id, public_key) VALUES (?, ?, ?)')
      .run(replicaId, partyId, publicKey);
  }

  /** What this file holds completely: the stored vector, and its own clock for itself. */
  seen(): Record<string, string> {
    const rows = this.db.prepare('SELECT replica_id, hlc FROM seen_vector').all() as {
      replica_id: string;
      hlc: string;
    }[];
    const vector: Record<string, string> = {};
    for (const row of rows) vector[row.replica_id] = row.hlc;
    const clock = this.db
      .prepare('SELECT replica_id, hlc_wall_ms, hlc_counter FROM local WHERE singleton = 1')
      .get() as { replica_id: string; hlc_wall_ms: number; hlc_counter: number };
    const own = formatHlc({
      wallMs: clock.hlc_wall_ms,
      counter: clock.hlc_counter,
      replicaId: clock.replica_id,
    });
    return mergeVectors(vector, { [clock.replica_id]: own });
  }

  raiseSeen(coverage: VersionVector): void {
    const upsert = this.db.prepare(
      `INSERT INTO seen_vector (replica_id, hlc) VALUES (?, ?)
       ON CONFLICT (replica_id) DO UPDATE SET hlc = max(hlc, excluded.hlc)`,
    );
    for (const [replica, hlc] of Object.entries(coverage)) upsert.run(replica, hlc);
  }

  /** What every replica of `partyId` we heard from holds: the meet of their vectors. */
  acknowledged(partyId: string): Record<string, string> {
    const rows = this.db
      .prepare('SELECT vector FROM peer_vectors WHERE party_id = ?')
      .pluck()
      .all(partyId) as string[];
    return meetVectors(rows.map((text) => JSON.parse(text) as VersionVector));
  }

  hasHeardFrom(partyId: string): boolean {
    return (
      this.db.prepare('SELECT 1 FROM peer_vectors WHERE party_id = ? LIMIT 1').get(partyId) !==
      undefined
    );
  }

  /** Record what a peer replica said it holds; older news never lowers it. */
  acknowledge(partyId: string, replicaId: string, vector: VersionVector): boolean {
    const old = this.db
      .prepare('SELECT vector FROM peer_vectors WHERE party_id = ? AND replica_id = ?')
      .pluck()
      .get(partyId, replicaId) as string | undefined;
    const previous = old ? (JSON.parse(old) as VersionVector) : {};
    const merged = mergeVectors(previous, vector);
    const text = JSON.stringify(sortKeys(merged));
    if (old === text) return false;
    this.db
      .prepare(
        `INSERT INTO peer_vectors (party_id, replica_id, vector) VALUES (?, ?, ?)
         ON CONFLICT (party_id, replica_id) DO UPDATE SET vector = excluded.vector`,
      )
      .run(partyId, replicaId, text);
    return true;
  }

  certificate(): Certificate | null {
    const identity = this.store.sync.localIdentity();
    return identity ? (JSON.parse(identity.certificate) as Certificate) : null;
  }
}

function sortKeys(vector: VersionVector): Record<string, string> {
  const result: Record<string, string> = {};
  for (const key of Object.keys(vector).sort()) {
    const value = vector[key];
    if (value !== undefined) result[key] = value;
  }
  return result;
}

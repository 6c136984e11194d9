import type Database from 'better-sqlite3';
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
    // Its own ops, up to the newest: a replica that wrote nothing claims nothing of itself.
    const replica = this.db
      .prepare('SELECT replica_id FROM local WHERE singleton = 1')
      .pluck()
      .get() as string;
    const newest = this.db
      .prepare('SELECT hlc FROM ops WHERE author_replica = ? ORDER BY hlc DESC LIMIT 1')
      .pluck()
      .get(replica) as string | undefined;
    return newest === undefined ? vector : mergeVectors(vector, { [replica]: newest });
  }

  raiseSeen(coverage: VersionVector): void {
    const upsert = this.db.prepare(
      `INSERT INTO seen_vector (replica_id, hlc) VALUES (?, ?)
       ON CONFLICT (replica_id) DO UPDATE SET hlc = max(hlc, excluded.hlc)`,
    );
    for (const [replica, hlc] of Object.entries(coverage)) upsert.run(replica, hlc);
  }

  /**
   * What `partyId` surely holds: the meet of what each of its replicas we heard from said,
   * and of what each invitation to it still unheard-from carried (its joiner has that much).
   */
  acknowledged(partyId: string): Record<string, string> {
    const heard = this.db
      .prepare('SELECT vector FROM peer_vectors WHERE party_id = ?')
      .pluck()
      .all(partyId) as string[];
    const invited = this.db
      .prepare('SELECT coverage FROM invitations WHERE party_id = ?')
      .pluck()
      .all(partyId) as string[];
    return meetVectors([...heard, ...invited].map((text) => JSON.parse(text) as VersionVector));
  }

  /** Coverages of invitations to `partyId` whose joiner has not spoken to this copy yet. */
  pendingInvitations(partyId: string): VersionVector[] {
    const rows = this.db
      .prepare('SELECT coverage FROM invitations WHERE party_id = ?')
      .pluck()
      .all(partyId) as string[];
    return rows.map((text) => JSON.parse(text) as VersionVector);
  }

  recordInvitation(packetId: string, partyId: string, coverage: VersionVector): void {
    this.db
      .prepare('INSERT INTO invitations (packet_id, party_id, coverage) VALUES (?, ?, ?)')
      .run(packetId, partyId, JSON.stringify(sortKeys(coverage)));
  }

  /** Whether hearing that an installation of `partyId` joined from `packetId` changes anything. */
  awaitsJoin(partyId: string, packetId: string): boolean {
    return (
      this.db
        .prepare('SELECT 1 FROM invitations WHERE party_id = ? AND packet_id = ?')
        .get(partyId, packetId) !== undefined
    );
  }

  /** The joiner of an invitation spoke: it and older invitations to that party need no waiting. */
  heardJoin(partyId: string, packetId: string): void {
    this.db
      .prepare(
        `DELETE FROM invitations WHERE party_id = ?
         AND seq <= (SELECT seq FROM invitations WHERE packet_id = ? AND party_id = ?)`,
      )
      .run(partyId, packetId, partyId);
  }

  joinedFrom(): string | null {
    const value = this.db
      .prepare('SELECT joined_from FROM local_identity WHERE singleton = 1')
      .pluck()
      .get() as string | null | undefined;
    return value ?? null;
  }

  setJoinedFrom(packetId: string): void {
    this.db.prepare('UPDATE local_identity SET joined_from = ? WHERE singleton = 1').run(packetId);
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

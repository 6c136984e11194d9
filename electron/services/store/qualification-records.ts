import type Database from 'better-sqlite3';
import type { Evidence, Transition } from '../../../shared/model/entities.js';

/**
 * Read access to the qualification tables (materialized from the op log like every table)
 * and the one table that is not: `blobs`, the evidence bytes named by their SHA-256.
 */
export interface QualificationRecords {
  transition(id: string): Transition | null;
  /** A link's transitions, oldest first (by date, then by clock order of recording). */
  transitionsOfLink(linkId: string): Transition[];
  evidence(id: string): Evidence | null;
  evidenceOfTransition(transitionId: string): Evidence[];
  linkIdsOfParty(partyId: string): string[];
  /** Whether the party owns any need node, needs edge or supply link (it authored them). */
  ownsRecords(partyId: string): boolean;
  hasBlob(sha256: string): boolean;
  /** Store bytes under their digest; a second copy of the same bytes adds nothing. */
  putBlob(sha256: string, bytes: Uint8Array): void;
  blob(sha256: string): Buffer | null;
  blobCount(): number;
}

const TRANSITION_COLUMNS = `id, link_id AS linkId, kind, from_stage AS fromStage,
  to_stage AS toStage, date, by_party_id AS byPartyId, comment,
  test_platform_party_id AS testPlatformPartyId, approves_id AS approvesId`;
const EVIDENCE_COLUMNS = `id, transition_id AS transitionId, sha256, file_name AS fileName,
  mime, size, by_party_id AS byPartyId`;

export function prepareQualificationRecords(db: Database.Database): QualificationRecords {
  const transition = db.prepare(`SELECT ${TRANSITION_COLUMNS} FROM transitions WHERE id = ?`);
  const transitionsOfLink = db.prepare(
    `SELECT ${TRANSITION_COLUMNS} FROM transitions WHERE link_id = ? ORDER BY date, rowid`,
  );
  const evidence = db.prepare(`SELECT ${EVIDENCE_COLUMNS} FROM evidence WHERE id = ?`);
  const evidenceOf = db.prepare(
    `SELECT ${EVIDENCE_COLUMNS} FROM evidence WHERE transition_id = ? ORDER BY file_name, id`,
  );
  const linksOfParty = db.prepare('SELECT id FROM links WHERE party_id = ? ORDER BY id').pluck();
  const owns = db
    .prepare(
      `SELECT EXISTS (SELECT 1 FROM nodes WHERE owner_party_id = @p)
         OR EXISTS (SELECT 1 FROM edges WHERE owner_party_id = @p)
         OR EXISTS (SELECT 1 FROM links WHERE owner_party_id = @p)`,
    )
    .pluck();
  const hasBlob = db.prepare('SELECT EXISTS (SELECT 1 FROM blobs WHERE sha256 = ?)').pluck();
  const putBlob = db.prepare(
    'INSERT INTO blobs (sha256, size, bytes) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING',
  );
  const blob = db.prepare('SELECT bytes FROM blobs WHERE sha256 = ?').pluck();
  const blobCount = db.prepare('SELECT count(*) FROM blobs').pluck();

  return {
    transition: (id) => (transition.get(id) as Transition | undefined) ?? null,
    transitionsOfLink: (linkId) => transitionsOfLink.all(linkId) as Transition[],
    evidence: (id) => (evidence.get(id) as Evidence | undefined) ?? null,
    evidenceOfTransition: (id) => evidenceOf.all(id) as Evidence[],
    linkIdsOfParty: (partyId) => linksOfParty.all(partyId) as string[],
    ownsRecords: (partyId) => owns.get({ p: partyId }) === 1,
    hasBlob: (sha256) => hasBlob.get(sha256) === 1,
    putBlob: (sha256, bytes) => {
      putBlob.run(sha256, bytes.length, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
    },
    blob: (sha256) => (blob.get(sha256) as Buffer | undefined) ?? null,
    blobCount: () => Number(blobCount.get()),
  };
}

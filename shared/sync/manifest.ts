import { z } from 'zod';
import { ENTITY_NAMES } from '../model/fields.js';
import { idSchema } from '../model/schemas.js';
import { isHlc } from './hlc.js';
import type { Op } from './ops.js';

/**
 * The packet format (SYNC.md): a zip holding `manifest.json`, `manifest.sig` (Ed25519 over the
 * exact manifest bytes), change sets of ops as JSON lines, and blobs named by SHA-256.
 * FORMAT_VERSION is what this build writes; a packet whose `minReader` is above
 * READER_VERSION is refused with E_NEWER_FORMAT before anything else in it is trusted.
 */
export const FORMAT_NAME = 'longmai-packet';
export const FORMAT_VERSION = 1;
export const READER_VERSION = 1;
export const MIN_READER = 1;

export const MANIFEST_ENTRY = 'manifest.json';
export const SIGNATURE_ENTRY = 'manifest.sig';

/** Entry names a packet may hold; anything else is refused (no paths, no tricks). */
export const CHANGE_SET_ENTRY = /^changes\/[0-9]{6}\.jsonl$/;
export const BLOB_ENTRY = /^blobs\/[0-9a-f]{64}$/;

export function isAllowedEntryName(name: string): boolean {
  return (
    name === MANIFEST_ENTRY ||
    name === SIGNATURE_ENTRY ||
    CHANGE_SET_ENTRY.test(name) ||
    BLOB_ENTRY.test(name)
  );
}

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'not a SHA-256 digest');
/** Raw 32-byte Ed25519 public key, base64url without padding. */
export const publicKeySchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'not an Ed25519 key');
/** 64-byte Ed25519 signature, base64url without padding. */
export const signatureSchema = z.string().regex(/^[A-Za-z0-9_-]{86}$/, 'not a signature');
export const hlcSchema = z.string().max(100).refine(isHlc, 'not a clock stamp');
const isoTimeSchema = z
  .string()
  .max(40)
  .regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/, 'not a UTC time');
const nameTextSchema = z.string().max(200);

export const vectorSchema = z
  .record(idSchema, hlcSchema)
  .refine((vector) => Object.keys(vector).length <= 100_000, 'too many replicas');

/** A replica key certified by its party key: the party signs the other fields' canonical JSON. */
export const certificateSchema = z
  .object({
    kind: z.literal('longmai-replica-certificate'),
    version: z.literal(1),
    partyName: nameTextSchema,
    partyKey: publicKeySchema,
    replicaId: idSchema,
    replicaKey: publicKeySchema,
    issuedAt: isoTimeSchema,
    signature: signatureSchema,
  })
  .strict();
export type Certificate = z.infer<typeof certificateSchema>;
export type UnsignedCertificate = Omit<Certificate, 'signature'>;

export const manifestEntrySchema = z
  .object({
    name: z.string().max(200),
    /** Bytes of the content and their SHA-256 (a blob's name is this digest). */
    size: z.number().int().min(0),
    sha256: sha256Schema,
    /** Bytes as stored in the zip and their SHA-256, so no stored bit goes unchecked. */
    storedSize: z.number().int().min(0),
    storedSha256: sha256Schema,
  })
  .strict();
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

export const PACKET_KINDS = ['invitation', 'update'] as const;
export type PacketKind = (typeof PACKET_KINDS)[number];

export const manifestSchema = z
  .object({
    format: z.literal(FORMAT_NAME),
    formatVersion: z.number().int().min(1),
    minReader: z.number().int().min(1),
    kind: z.enum(PACKET_KINDS),
    packetId: idSchema,
    createdAt: isoTimeSchema,
    project: z.object({ id: idSchema, name: nameTextSchema }).strict(),
    sender: z
      .object({ partyId: idSchema, replicaId: idSchema, certificate: certificateSchema })
      .strict(),
    recipient: z.object({ partyId: idSchema, name: nameTextSchema }).strict(),
    /** Lowest and highest clock stamp of the ops inside; null when there are none. */
    clock: z.object({ min: hlcSchema.nullable(), max: hlcSchema.nullable() }).strict(),
    /** What the sender believed the recipient held: the delta starts after it. */
    base: vectorSchema,
    /** What the sender holds: the recipient records it as the sender's acknowledgement. */
    vector: vectorSchema,
    /** What the recipient holds completely once this packet is applied on top of `base`. */
    coverage: vectorSchema,
    counts: z.object({ ops: z.number().int().min(0), blobs: z.number().int().min(0) }).strict(),
    /** The invitation the sender's copy started from, so its inviter can stop waiting for it. */
    joinedFrom: idSchema.optional(),
    entries: z.array(manifestEntrySchema).max(100_000),
  })
  .strict();
export type Manifest = z.infer<typeof manifestSchema>;

/** Read first and loosely, so a newer format is named as such rather than as malformed. */
export const formatProbeSchema = z.object({
  format: z.literal(FORMAT_NAME),
  formatVersion: z.number().int().min(1),
  minReader: z.number().int().min(1),
});

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const OP_KEYS = [
  'opId',
  'entity',
  'entityId',
  'field',
  'value',
  'hlc',
  'authorParty',
  'authorReplica',
  'prev',
];
const ENTITIES: ReadonlySet<string> = new Set(ENTITY_NAMES);
const MAX_PREV = 10_000;
const MAX_TEXT = 1_000_000;

const isId = (value: unknown): value is string => typeof value === 'string' && ID.test(value);

/**
 * One line of a change set, checked by hand rather than by a schema: an import reads
 * hundreds of thousands of them. Exactly these keys; ids as idSchema has them; a scalar value
 * (the field's own schema checks it next); a clock stamp; at most 10,000 `prev` ids.
 */
export function readOpLine(raw: unknown): Op | null {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const record = raw as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length !== OP_KEYS.length || !OP_KEYS.every((key) => Object.hasOwn(record, key))) {
    return null;
  }
  const { opId, entity, entityId, field, value, hlc, authorParty, authorReplica, prev } = record;
  const scalar =
    value === null ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value)) ||
    (typeof value === 'string' && value.length <= MAX_TEXT);
  const ok =
    isId(opId) &&
    typeof entity === 'string' &&
    ENTITIES.has(entity) &&
    isId(entityId) &&
    typeof field === 'string' &&
    field.length > 0 &&
    field.length <= 64 &&
    scalar &&
    typeof hlc === 'string' &&
    isHlc(hlc) &&
    isId(authorParty) &&
    isId(authorReplica) &&
    Array.isArray(prev) &&
    prev.length <= MAX_PREV &&
    prev.every(isId);
  return ok ? (record as unknown as Op) : null;
}

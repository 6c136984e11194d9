import { z } from 'zod';
import { ENTITY_NAMES } from '../model/fields.js';
import { idSchema } from '../model/schemas.js';
import { isHlc } from './hlc.js';

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

const opValueSchema = z.union([z.string().max(1_000_000), z.number(), z.boolean(), z.null()]);

/** One line of a change set: an op as the op log holds it. */
export const opLineSchema = z
  .object({
    opId: idSchema,
    entity: z.enum(ENTITY_NAMES as [string, ...string[]]),
    entityId: idSchema,
    field: z.string().min(1).max(64),
    value: opValueSchema,
    hlc: hlcSchema,
    authorParty: idSchema,
    authorReplica: idSchema,
    prev: z.array(idSchema).max(10_000),
  })
  .strict();

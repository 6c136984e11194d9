import { createHash } from 'node:crypto';
import { fieldSchema } from '../../../shared/model/fields.js';
import { MAX_CLOCK_DRIFT_MS, parseHlc, replicaOfHlc } from '../../../shared/sync/hlc.js';
import {
  BLOB_ENTRY,
  CHANGE_SET_ENTRY,
  MANIFEST_ENTRY,
  READER_VERSION,
  SIGNATURE_ENTRY,
  formatProbeSchema,
  isAllowedEntryName,
  manifestSchema,
  readOpLine,
  signatureSchema,
  type Manifest,
} from '../../../shared/sync/manifest.js';
import type { Op, OpValue } from '../../../shared/sync/ops.js';
import { certificateHolds, verifyBytes } from '../identity/index.js';
import { refuse } from './errors.js';
import { DEFAULT_LIMITS, type ZipLimits } from './zip/format.js';
import { inflateEntry, readZip, type ZipEntry } from './zip/reader.js';

/** A packet whose every byte, signature, shape and value has been checked. */
export interface VerifiedPacket {
  manifest: Manifest;
  /** In clock order. */
  ops: Op[];
  blobs: Map<string, Buffer>;
}

export interface ReadOptions {
  limits?: ZipLimits;
  nowMs?: number;
}

const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;
const NEWLINE = 0x0a;
const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw refuse('E_BAD_PACKET', `${what} is not JSON: ${String(error)}`);
  }
}

/** Read the manifest's format first, so a newer one is named as such rather than as malformed. */
function parseManifest(bytes: Buffer): Manifest {
  const raw = parseJson(bytes.toString('utf8'), MANIFEST_ENTRY);
  const probe = formatProbeSchema.safeParse(raw);
  if (!probe.success) throw refuse('E_BAD_PACKET', 'the manifest is not a Longmai packet manifest');
  if (probe.data.minReader > READER_VERSION) {
    throw refuse(
      'E_NEWER_FORMAT',
      `the packet needs reader version ${String(probe.data.minReader)}; this Longmai reads ${String(READER_VERSION)}`,
      { found: probe.data.minReader, supported: READER_VERSION },
    );
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const detail = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ');
    throw refuse('E_BAD_PACKET', `the manifest is malformed: ${detail}`);
  }
  return parsed.data;
}

function checkSignature(manifest: Manifest, manifestBytes: Buffer, signatureEntry: Buffer): void {
  const signature = signatureSchema.safeParse(signatureEntry.toString('utf8'));
  const { certificate } = manifest.sender;
  const ok =
    signature.success &&
    certificate.replicaId === manifest.sender.replicaId &&
    certificateHolds(certificate) &&
    verifyBytes(certificate.replicaKey, manifestBytes, signature.data);
  if (!ok) throw refuse('E_SIGNATURE', 'the packet signature does not verify');
}

/** The content of each listed entry, checked against the signed sizes and digests. */
function checkedContents(manifest: Manifest, entries: readonly ZipEntry[]): Map<string, Buffer> {
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  const listed = new Set<string>();
  const contents = new Map<string, Buffer>();
  for (const item of manifest.entries) {
    if (
      !isAllowedEntryName(item.name) ||
      item.name === MANIFEST_ENTRY ||
      item.name === SIGNATURE_ENTRY
    ) {
      throw refuse(
        'E_BAD_ENTRY',
        `the manifest lists a bad entry name ${JSON.stringify(item.name)}`,
      );
    }
    if (listed.has(item.name)) throw refuse('E_BAD_ENTRY', `${item.name} is listed twice`);
    listed.add(item.name);
    const entry = byName.get(item.name);
    if (!entry) throw refuse('E_TRUNCATED', `the packet lacks ${item.name}`);
    if (entry.stored.length !== item.storedSize || sha256(entry.stored) !== item.storedSha256) {
      throw refuse('E_HASH_MISMATCH', `${item.name} does not match its signed digest`);
    }
    if (entry.size !== item.size)
      throw refuse('E_HASH_MISMATCH', `${item.name} has the wrong size`);
    const content = inflateEntry(entry);
    if (sha256(content) !== item.sha256) {
      throw refuse('E_HASH_MISMATCH', `${item.name} does not match its signed digest`);
    }
    if (BLOB_ENTRY.test(item.name) && item.name !== `blobs/${item.sha256}`) {
      throw refuse('E_HASH_MISMATCH', `${item.name} is not named by its digest`);
    }
    contents.set(item.name, content);
  }
  for (const entry of entries) {
    if (entry.name === MANIFEST_ENTRY || entry.name === SIGNATURE_ENTRY) continue;
    if (!listed.has(entry.name))
      throw refuse('E_BAD_ENTRY', `${entry.name} is not in the manifest`);
  }
  return contents;
}

const lineOf = (name: string, line: number): string => `${name} line ${String(line)}`;

/** `line` is `name`'s line number, named only in a refusal. */
function parseOp(text: string, name: string, line: number): Op {
  let raw: unknown;
  try {
    raw = JSON.parse(text) as unknown;
  } catch (error) {
    throw refuse('E_BAD_PACKET', `${lineOf(name, line)} is not JSON: ${String(error)}`);
  }
  const op = readOpLine(raw);
  if (!op) throw refuse('E_BAD_PACKET', `${lineOf(name, line)} is not an op`);
  const schema = fieldSchema(op.entity, op.field);
  if (!schema) {
    throw refuse('E_BAD_PACKET', `${lineOf(name, line)}: unknown field ${op.entity}.${op.field}`);
  }
  const value = schema.safeParse(op.value);
  if (!value.success || (value.data as OpValue) !== op.value) {
    throw refuse('E_BAD_PACKET', `${lineOf(name, line)}: bad value for ${op.entity}.${op.field}`);
  }
  // readOpLine checked the stamp's form.
  if (replicaOfHlc(op.hlc) !== op.authorReplica) {
    throw refuse('E_BAD_PACKET', `${lineOf(name, line)}: clock stamp of another replica`);
  }
  return op;
}

/**
 * Each line is decoded on its own: a newline byte never sits inside a UTF-8 sequence, so this
 * reads what decoding the whole entry would, and ASCII lines stay one-byte strings.
 */
function parseChangeSets(contents: ReadonlyMap<string, Buffer>): Op[] {
  const ops: Op[] = [];
  const names = [...contents.keys()].filter((name) => CHANGE_SET_ENTRY.test(name)).sort();
  for (const name of names) {
    const content = contents.get(name) ?? Buffer.alloc(0);
    if (content.length > 0 && content[content.length - 1] !== NEWLINE) {
      throw refuse('E_BAD_PACKET', `${name} does not end with a newline`);
    }
    for (let start = 0, line = 1; start < content.length; line++) {
      const end = content.indexOf(NEWLINE, start);
      ops.push(parseOp(content.toString('utf8', start, end), name, line));
      start = end + 1;
    }
  }
  return ops;
}

function checkOps(manifest: Manifest, ops: readonly Op[], nowMs: number): void {
  const ids = new Set<string>();
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i] as Op;
    if (ids.has(op.opId)) throw refuse('E_BAD_PACKET', `op ${op.opId} appears twice`);
    ids.add(op.opId);
    const before = ops[i - 1];
    if (before && (before.hlc > op.hlc || (before.hlc === op.hlc && before.opId > op.opId))) {
      throw refuse('E_BAD_PACKET', 'the ops are not in clock order');
    }
  }
  const first = ops[0]?.hlc ?? null;
  const last = ops[ops.length - 1]?.hlc ?? null;
  if (
    ops.length !== manifest.counts.ops ||
    first !== manifest.clock.min ||
    last !== manifest.clock.max
  ) {
    throw refuse('E_BAD_PACKET', 'the ops do not match the manifest counts or clock range');
  }
  const stamps = [
    ...(last ? [last] : []),
    ...Object.values(manifest.vector),
    ...Object.values(manifest.coverage),
    ...Object.values(manifest.base),
  ];
  for (const stamp of stamps) {
    if (parseHlc(stamp).wallMs - nowMs > MAX_CLOCK_DRIFT_MS) {
      throw refuse(
        'E_FUTURE_CLOCK',
        `the packet's clock ${new Date(parseHlc(stamp).wallMs).toISOString()} is more than a day ahead of this computer`,
      );
    }
  }
}

/**
 * Everything that can be checked without a project: the zip's structure and caps, the
 * signature and certificate, every entry against its signed digest, and every op's shape
 * and value. Throws a typed LongmaiError on the first problem.
 */
export function readPacket(bytes: Buffer, options: ReadOptions = {}): VerifiedPacket {
  const entries = readZip(bytes, options.limits ?? DEFAULT_LIMITS);
  const manifestEntry = entries.find((entry) => entry.name === MANIFEST_ENTRY);
  const signatureEntry = entries.find((entry) => entry.name === SIGNATURE_ENTRY);
  if (!manifestEntry || !signatureEntry)
    throw refuse('E_TRUNCATED', 'the packet has no signed manifest');
  if (manifestEntry.size > MAX_MANIFEST_BYTES)
    throw refuse('E_TOO_LARGE', 'the manifest is too large');
  const manifestBytes = inflateEntry(manifestEntry);
  const manifest = parseManifest(manifestBytes);
  checkSignature(manifest, manifestBytes, inflateEntry(signatureEntry));
  const contents = checkedContents(manifest, entries);
  const ops = parseChangeSets(contents);
  checkOps(manifest, ops, options.nowMs ?? Date.now());
  const blobs = new Map<string, Buffer>();
  for (const [name, content] of contents) {
    if (BLOB_ENTRY.test(name)) blobs.set(name.slice('blobs/'.length), content);
  }
  if (blobs.size !== manifest.counts.blobs) {
    throw refuse('E_BAD_PACKET', 'the blobs do not match the manifest counts');
  }
  return { manifest, ops, blobs };
}

/** The manifest alone, for `packet inspect`: structure checked, signature reported, not required. */
export function inspectManifest(
  bytes: Buffer,
  limits: ZipLimits = DEFAULT_LIMITS,
): {
  manifest: Manifest;
  signatureValid: boolean;
} {
  const entries = readZip(bytes, limits);
  const manifestEntry = entries.find((entry) => entry.name === MANIFEST_ENTRY);
  const signatureEntry = entries.find((entry) => entry.name === SIGNATURE_ENTRY);
  if (!manifestEntry || !signatureEntry)
    throw refuse('E_TRUNCATED', 'the packet has no signed manifest');
  const manifestBytes = inflateEntry(manifestEntry);
  const manifest = parseManifest(manifestBytes);
  let signatureValid = true;
  try {
    checkSignature(manifest, manifestBytes, inflateEntry(signatureEntry));
  } catch {
    signatureValid = false;
  }
  return { manifest, signatureValid };
}

import { createHash } from 'node:crypto';
import {
  FORMAT_NAME,
  FORMAT_VERSION,
  MANIFEST_ENTRY,
  MIN_READER,
  SIGNATURE_ENTRY,
  type Manifest,
  type ManifestEntry,
} from '../../../shared/sync/manifest.js';
import type { Op } from '../../../shared/sync/ops.js';
import { signBytes, type HomeIdentity } from '../identity/index.js';
import { newId } from '../ids.js';
import { prepareEntry, writeZip, type PreparedEntry } from './zip/writer.js';

/** Ops per change set: big enough to compress well, small enough to stay far below entry caps. */
export const OPS_PER_CHANGE_SET = 50_000;

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** One JSON line per op, keys in a fixed order so the same op is always the same bytes. */
export function opLine(op: Op): string {
  return JSON.stringify({
    opId: op.opId,
    entity: op.entity,
    entityId: op.entityId,
    field: op.field,
    value: op.value,
    hlc: op.hlc,
    authorParty: op.authorParty,
    authorReplica: op.authorReplica,
    prev: op.prev,
  });
}

export type ManifestHead = Omit<
  Manifest,
  | 'format'
  | 'formatVersion'
  | 'minReader'
  | 'packetId'
  | 'createdAt'
  | 'entries'
  | 'counts'
  | 'clock'
  | 'joinedFrom'
>;

export interface PacketContent {
  head: ManifestHead;
  /** In clock order. */
  ops: readonly Op[];
  blobs: ReadonlyMap<string, Buffer>;
  createdAt: string;
  /** Fixed for golden packets; random otherwise. */
  packetId?: string;
  joinedFrom?: string;
}

function describe(entry: PreparedEntry): ManifestEntry {
  return {
    name: entry.name,
    size: entry.content.length,
    sha256: sha256(entry.content),
    storedSize: entry.stored.length,
    storedSha256: sha256(entry.stored),
  };
}

/** Lay out change sets and blobs, list them in the manifest, sign it, and zip it all. */
export function writePacket(
  content: PacketContent,
  identity: HomeIdentity,
): { bytes: Buffer; manifest: Manifest } {
  const entries: PreparedEntry[] = [];
  for (let start = 0, n = 1; start < content.ops.length; start += OPS_PER_CHANGE_SET, n++) {
    const lines = content.ops
      .slice(start, start + OPS_PER_CHANGE_SET)
      .map((op) => `${opLine(op)}\n`)
      .join('');
    const name = `changes/${String(n).padStart(6, '0')}.jsonl`;
    entries.push(prepareEntry(name, Buffer.from(lines, 'utf8'), true));
  }
  for (const [digest, bytes] of [...content.blobs].sort(([a], [b]) => (a < b ? -1 : 1))) {
    entries.push(prepareEntry(`blobs/${digest}`, bytes, false));
  }
  const first = content.ops[0];
  const last = content.ops[content.ops.length - 1];
  const manifest: Manifest = {
    format: FORMAT_NAME,
    formatVersion: FORMAT_VERSION,
    minReader: MIN_READER,
    kind: content.head.kind,
    packetId: content.packetId ?? newId(),
    createdAt: content.createdAt,
    project: content.head.project,
    sender: content.head.sender,
    recipient: content.head.recipient,
    clock: { min: first?.hlc ?? null, max: last?.hlc ?? null },
    base: content.head.base,
    vector: content.head.vector,
    coverage: content.head.coverage,
    counts: { ops: content.ops.length, blobs: content.blobs.size },
    ...(content.joinedFrom ? { joinedFrom: content.joinedFrom } : {}),
    entries: entries.map(describe),
  };
  const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 1)}\n`, 'utf8');
  const signature = Buffer.from(signBytes(identity.replicaPrivate, manifestBytes), 'utf8');
  const bytes = writeZip([
    prepareEntry(MANIFEST_ENTRY, manifestBytes, false),
    prepareEntry(SIGNATURE_ENTRY, signature, false),
    ...entries,
  ]);
  return { bytes, manifest };
}

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
import { ChangeSetWriter, type ChangeSets } from './change-sets.js';
import { prepareEntry, writeZip, type PreparedEntry } from './zip/writer.js';

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

/** A packet's content with its ops already laid out as change sets. */
export type SealContent = Omit<PacketContent, 'ops'> & { changes: ChangeSets };

function describe(entry: PreparedEntry): ManifestEntry {
  return {
    name: entry.name,
    size: entry.size,
    sha256: entry.sha256,
    storedSize: entry.stored.length,
    storedSha256: sha256(entry.stored),
  };
}

/** Lay out the ops as change sets, then seal the packet. */
export function writePacket(
  content: PacketContent,
  identity: HomeIdentity,
): { bytes: Buffer; manifest: Manifest } {
  const writer = new ChangeSetWriter();
  for (const op of content.ops) writer.add(`${opLine(op)}\n`, op.hlc);
  return sealPacket({ ...content, changes: writer.finish() }, identity);
}

/** List change sets and blobs in the manifest, sign it, and zip it all. */
export function sealPacket(
  content: SealContent,
  identity: HomeIdentity,
): { bytes: Buffer; manifest: Manifest } {
  const { changes } = content;
  const entries = [...changes.entries];
  for (const [digest, bytes] of [...content.blobs].sort(([a], [b]) => (a < b ? -1 : 1))) {
    entries.push(prepareEntry(`blobs/${digest}`, bytes, false));
  }
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
    clock: { min: changes.first, max: changes.last },
    base: content.head.base,
    vector: content.head.vector,
    coverage: content.head.coverage,
    counts: { ops: changes.count, blobs: content.blobs.size },
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

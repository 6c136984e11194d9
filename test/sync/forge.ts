import { createHash } from 'node:crypto';
import type { HomeIdentity } from '../../electron/services/identity/index.js';
import { signBytes } from '../../electron/services/identity/index.js';
import { readPacket } from '../../electron/services/sync/index.js';
import {
  prepareEntry,
  writeZip,
  type PreparedEntry,
} from '../../electron/services/sync/zip/writer.js';
import type { Manifest } from '../../shared/sync/manifest.js';
import type { Op } from '../../shared/sync/ops.js';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

export interface Forgery {
  ops?: (ops: Op[]) => Op[];
  manifest?: (manifest: Manifest) => Record<string, unknown>;
  /** Entries added after the listed ones (listed in the manifest unless `unlisted`). */
  extra?: PreparedEntry[];
  unlisted?: PreparedEntry[];
}

/**
 * Rebuild a real packet with changes, validly signed by `signer`: what an attacker holding
 * a key (or a buggy writer) could send. Only the checks after the signature can catch it.
 */
export function forge(bytes: Buffer, signer: HomeIdentity, forgery: Forgery): Buffer {
  const packet = readPacket(bytes, { nowMs: Date.now() + 1e12 });
  const ops = (forgery.ops ?? ((o) => o))(packet.ops).sort((a, b) =>
    a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : a.opId < b.opId ? -1 : 1,
  );
  const entries: PreparedEntry[] = [];
  if (ops.length > 0) {
    // Every key the op has, so a forgery can add keys the writer would never write.
    const lines = ops.map((op) => `${JSON.stringify(op)}\n`).join('');
    entries.push(prepareEntry('changes/000001.jsonl', Buffer.from(lines), true));
  }
  for (const [digest, content] of packet.blobs)
    entries.push(prepareEntry(`blobs/${digest}`, content, false));
  entries.push(...(forgery.extra ?? []));
  const sorted = ops;
  const base: Manifest = {
    ...packet.manifest,
    sender: {
      ...packet.manifest.sender,
      replicaId: signer.replicaId,
      certificate: signer.certificate,
    },
    counts: { ops: ops.length, blobs: packet.blobs.size },
    clock: { min: sorted[0]?.hlc ?? null, max: sorted[sorted.length - 1]?.hlc ?? null },
    entries: entries.map((e) => ({
      name: e.name,
      size: e.size,
      sha256: e.sha256,
      storedSize: e.stored.length,
      storedSha256: sha256(e.stored),
    })),
  };
  const manifest = forgery.manifest ? forgery.manifest(base) : base;
  const manifestBytes = Buffer.from(JSON.stringify(manifest), 'utf8');
  const signature = Buffer.from(signBytes(signer.replicaPrivate, manifestBytes));
  return writeZip([
    prepareEntry('manifest.json', manifestBytes, false),
    prepareEntry('manifest.sig', signature, false),
    ...entries,
    ...(forgery.unlisted ?? []),
  ]);
}

import type { PacketSummary } from '../../../shared/ipc/contract.js';
import type { Manifest } from '../../../shared/sync/manifest.js';
import { fingerprintOf } from '../identity/index.js';

/** The facts of a packet people need to decide about it: who, for whom, what project, how much. */
export function summarize(manifest: Manifest): PacketSummary {
  return {
    kind: manifest.kind,
    packetId: manifest.packetId,
    projectId: manifest.project.id,
    projectName: manifest.project.name,
    createdAt: manifest.createdAt,
    sender: {
      partyId: manifest.sender.partyId,
      name: manifest.sender.certificate.partyName,
      fingerprint: fingerprintOf(manifest.sender.certificate.partyKey),
    },
    recipient: { partyId: manifest.recipient.partyId, name: manifest.recipient.name },
    changes: manifest.counts.ops,
    files: manifest.counts.blobs,
  };
}

import type { Manifest } from '../../../shared/sync/manifest.js';
import { fingerprintOf } from '../../services/identity/index.js';
import { openProjectStore } from '../../services/store/index.js';
import {
  exportPacket,
  importPacket,
  inspectManifest,
  readPacket,
} from '../../services/sync/index.js';
import { requiredArg, requiredString, stringOption } from '../args.js';
import type { CliCommand } from '../command.js';
import { EXIT_OK, writeJson } from '../output.js';
import { HOME_OPTION, identityFrom, readPacketFile, writePacketFile } from './sync-io.js';

function summary(manifest: Manifest): Record<string, unknown> {
  return {
    kind: manifest.kind,
    formatVersion: manifest.formatVersion,
    minReader: manifest.minReader,
    packetId: manifest.packetId,
    createdAt: manifest.createdAt,
    project: manifest.project,
    sender: {
      partyId: manifest.sender.partyId,
      name: manifest.sender.certificate.partyName,
      replicaId: manifest.sender.replicaId,
      fingerprint: fingerprintOf(manifest.sender.certificate.partyKey),
    },
    recipient: manifest.recipient,
    clock: manifest.clock,
    counts: { ...manifest.counts, entries: manifest.entries.length },
  };
}

const exportUsage = 'packet export FILE --to PARTY_ID --out PACKET --home DIR [--full] [--json]';
export const packetExportCommand: CliCommand = {
  words: ['packet', 'export'],
  positionals: ['FILE'],
  options: {
    ...HOME_OPTION,
    to: { type: 'string' },
    out: { type: 'string' },
    full: { type: 'boolean' },
  },
  usage: exportUsage,
  summary: 'write a signed packet for one party: what it may see and has not acknowledged',
  run(input, io) {
    const identity = identityFrom(input.values, exportUsage);
    const to = requiredString(input.values, 'to', exportUsage);
    const out = requiredString(input.values, 'out', exportUsage);
    const store = openProjectStore(requiredArg(input, 0));
    try {
      const { bytes, manifest } = exportPacket(store, identity, {
        to,
        full: input.values.full === true,
      });
      writePacketFile(out, bytes);
      const result = { path: out, bytes: bytes.length, ...summary(manifest) };
      if (input.json) writeJson(io, result);
      else {
        io.stdout(
          `Wrote ${out}: ${manifest.kind} for ${manifest.recipient.name}, ` +
            `${String(manifest.counts.ops)} changes, ${String(manifest.counts.blobs)} files.\n`,
        );
      }
    } finally {
      store.close();
    }
    return EXIT_OK;
  },
};

export const packetInspectCommand: CliCommand = {
  words: ['packet', 'inspect'],
  positionals: ['PACKET'],
  options: {},
  usage: 'packet inspect PACKET [--json]',
  summary: 'manifest, sender, recipient and counts of a packet (no key needed)',
  run(input, io) {
    const { manifest, signatureValid } = inspectManifest(readPacketFile(requiredArg(input, 0)));
    const result = { ...summary(manifest), signatureValid };
    if (input.json) writeJson(io, result);
    else io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    return EXIT_OK;
  },
};

const verifyUsage = 'packet verify PACKET --home DIR [--json]';
export const packetVerifyCommand: CliCommand = {
  words: ['packet', 'verify'],
  positionals: ['PACKET'],
  options: { ...HOME_OPTION },
  usage: verifyUsage,
  summary: 'check every byte, hash, signature and op of a packet without importing it',
  run(input, io) {
    const identity = identityFrom(input.values, verifyUsage);
    const packet = readPacket(readPacketFile(requiredArg(input, 0)));
    const { sender } = packet.manifest;
    const fingerprint = fingerprintOf(sender.certificate.partyKey);
    const result = {
      ok: true,
      ...summary(packet.manifest),
      fromThisParty: sender.certificate.partyKey === identity.partyKey,
    };
    if (input.json) writeJson(io, result);
    else {
      io.stdout(
        `Packet verified: ${String(packet.ops.length)} changes from ` +
          `${sender.certificate.partyName} (${fingerprint}).\n`,
      );
    }
    return EXIT_OK;
  },
};

const importUsage =
  'packet import FILE PACKET --home DIR [--dry-run] [--accept-fingerprint FP] [--json]';
export const packetImportCommand: CliCommand = {
  words: ['packet', 'import'],
  positionals: ['FILE', 'PACKET'],
  options: {
    ...HOME_OPTION,
    'dry-run': { type: 'boolean' },
    'accept-fingerprint': { type: 'string' },
  },
  usage: importUsage,
  summary: 'verify a packet completely, then apply it in one transaction (or not at all)',
  run(input, io) {
    const identity = identityFrom(input.values, importUsage);
    const bytes = readPacketFile(requiredArg(input, 1));
    const store = openProjectStore(requiredArg(input, 0));
    try {
      const accept = stringOption(input.values, 'accept-fingerprint');
      const report = importPacket(store, identity, bytes, {
        dryRun: input.values['dry-run'] === true,
        ...(accept !== undefined ? { acceptFingerprint: accept } : {}),
      });
      const result = {
        applied: report.applied,
        duplicates: report.duplicates,
        conflicts: report.conflicts,
        dryRun: report.dryRun,
        sender: report.sender,
      };
      if (input.json) writeJson(io, result);
      else {
        io.stdout(
          `${report.dryRun ? 'Would apply' : 'Applied'} ${String(report.applied)} new changes ` +
            `(${String(report.duplicates)} already here, ${String(report.conflicts)} conflicts).\n`,
        );
      }
    } finally {
      store.close();
    }
    return EXIT_OK;
  },
};

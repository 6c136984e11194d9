import fs from 'node:fs';
import path from 'node:path';
import type { ExportOutcome } from '../../../shared/ipc/contract.js';
import { LongmaiError } from '../../../shared/ipc/errors.js';
import type { HomeIdentity } from '../identity/index.js';
import type { ProjectStore } from '../store/index.js';
import { exportPacket } from '../sync/index.js';
import { nowIso, type DeskContext } from './context.js';
import { freeName, writeFileAtomically } from './files.js';
import { PACKET_EXTENSION, packetFileName } from './names.js';

export interface ExportArgs {
  partyId: string;
  full?: boolean | undefined;
  destination: 'file' | 'exchange';
  path?: string | undefined;
}

function withExtension(file: string): string {
  return file.toLowerCase().endsWith(`.${PACKET_EXTENSION}`) ? file : `${file}.${PACKET_EXTENSION}`;
}

function target(
  ctx: DeskContext,
  store: ProjectStore,
  partyName: string,
  args: ExportArgs,
): string {
  if (args.destination === 'file') {
    if (args.path === undefined) {
      throw new LongmaiError('E_BAD_ARGUMENT', 'no file was chosen for the packet', {
        field: 'path',
        detail: 'missing',
      });
    }
    return withExtension(path.resolve(args.path));
  }
  const folder = ctx.states.load(store.path).folder;
  if (folder === null || !fs.existsSync(folder)) {
    throw new LongmaiError('E_NO_EXCHANGE_FOLDER', 'this project has no exchange folder', {
      path: folder ?? '',
    });
  }
  const name = packetFileName(store.project().name, partyName, ctx.now());
  return path.join(folder, freeName(folder, name));
}

/** Export the party's packet and write it where the user chose, or into the exchange folder. */
export function exportTo(
  ctx: DeskContext,
  store: ProjectStore,
  identity: HomeIdentity,
  self: string,
  args: ExportArgs,
): ExportOutcome {
  const party = store.party(args.partyId);
  if (!party) {
    throw new LongmaiError('E_NOT_FOUND', `no party ${args.partyId}`, { id: args.partyId });
  }
  if (party.id === self) {
    throw new LongmaiError('E_BAD_ARGUMENT', 'a packet goes to another party', {
      field: 'partyId',
      detail: args.partyId,
    });
  }
  const file = target(ctx, store, party.name, args);
  const { bytes, manifest } = exportPacket(store, identity, {
    to: party.id,
    now: ctx.now,
    ...(args.full ? { full: true } : {}),
  });
  writeFileAtomically(file, bytes);
  const fileName = path.basename(file);
  ctx.states.update(store.path, (state) => {
    state.log.push({
      direction: 'sent',
      partyId: party.id,
      at: nowIso(ctx),
      kind: manifest.kind,
      changes: manifest.counts.ops,
      fileName,
    });
  });
  return {
    path: file,
    fileName,
    kind: manifest.kind,
    changes: manifest.counts.ops,
    files: manifest.counts.blobs,
    bytes: bytes.length,
  };
}

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { initHome, type HomeIdentity } from '../../electron/services/identity/index.js';
import { createProjectFile } from '../../electron/services/project-file.js';
import { openProjectStore, type ProjectStore } from '../../electron/services/store/index.js';
import { exportPacket, joinPacket } from '../../electron/services/sync/index.js';
import { tempDir, track } from '../services/helpers.js';

export { tempDir, track };

/** A home with a fresh identity (or another installation of `partyFrom`'s party). */
export function makeHome(dir: string, name: string, partyFrom?: string): HomeIdentity {
  return initHome(
    path.join(dir, `home-${name.replace(/\W/g, '')}-${String(Math.random()).slice(2, 8)}`),
    name,
    partyFrom ? { partyFrom } : {},
  );
}

export interface MakerSetup {
  dir: string;
  maker: HomeIdentity;
  store: ProjectStore;
  file: string;
}

export function makerProject(options: { sample?: boolean; dir?: string } = {}): MakerSetup {
  const dir = options.dir ?? tempDir();
  const maker = makeHome(dir, 'Maker');
  const file = path.join(dir, 'maker.longmai');
  const store = track(
    createProjectFile(
      file,
      { name: 'Sync test', makerName: maker.name, sample: options.sample ?? true },
      undefined,
      maker,
    ),
  );
  return { dir, maker, store, file };
}

/** A supplier party of the sample with at least one supply link. */
export function sampleSupplier(store: ProjectStore): {
  partyId: string;
  linkId: string;
  nodeId: string;
} {
  const snapshot = store.snapshot();
  const maker = store.project().makerPartyId;
  const link = snapshot.links.find((l) => l.partyId !== maker);
  if (!link) throw new Error('the sample has no supplier link');
  return { partyId: link.partyId, linkId: link.id, nodeId: link.nodeId };
}

/** Invite `partyId` and join it with a new home: the supplier's file, open. */
export function joinSupplier(
  setup: MakerSetup,
  partyId: string,
  name = 'Supplier',
): { home: HomeIdentity; store: ProjectStore; file: string } {
  const home = makeHome(setup.dir, name);
  const file = path.join(setup.dir, `${name.replace(/\W/g, '')}-${partyId}.longmai`);
  const { bytes } = exportPacket(setup.store, setup.maker, { to: partyId });
  const joined = joinPacket(bytes, file, home, { acceptFingerprint: setup.maker.fingerprint });
  return { home, store: track(joined.store), file };
}

export { canonicalDump } from './canonical.js';

/** The project file's bytes once closed (WAL checkpointed away) and its folder's listing. */
export function closedFileState(file: string): { hash: string; wal: boolean } {
  return {
    hash: createHash('sha256').update(fs.readFileSync(file)).digest('hex'),
    wal: fs.existsSync(`${file}-wal`),
  };
}

export function reopen(file: string): ProjectStore {
  return track(openProjectStore(file));
}

/** A maker project with one supplier party, two need nodes and a supply link: quick to make. */
export function smallProject(
  dir?: string,
): MakerSetup & { partyId: string; nodeId: string; linkId: string } {
  const setup = makerProject({ sample: false, ...(dir ? { dir } : {}) });
  const maker = setup.maker.partyId;
  const ids = {
    partyId: 'supplierParty000001',
    nodeId: 'bearingNode00000001',
    linkId: 'bearingLink00000001',
  };
  const node = (id: string, name: string, x: number) =>
    [
      ['kind', 'component'],
      ['name', name],
      ['code', ''],
      ['spec', ''],
      ['keyItem', true],
      ['ownerPartyId', maker],
      ['notes', ''],
      ['x', x],
      ['y', 0],
    ].map(([field, value]) => ({
      entity: 'node' as const,
      entityId: id,
      field: field as string,
      value: value as string | number | boolean,
    }));
  setup.store.applyLocalChanges([
    ...[
      ['name', 'Bearing Co'],
      ['kind', 'component_supplier'],
      ['country', 'CN'],
      ['notes', ''],
    ].map(([field, value]) => ({
      entity: 'party' as const,
      entityId: ids.partyId,
      field: field as string,
      value: value as string,
    })),
    ...node('spindleNode00000001', 'Spindle', 0),
    ...node(ids.nodeId, 'Spindle bearing', 300),
    ...[
      ['fromId', 'spindleNode00000001'],
      ['toId', ids.nodeId],
      ['quantity', null],
      ['unit', ''],
      ['ownerPartyId', maker],
    ].map(([field, value]) => ({
      entity: 'edge' as const,
      entityId: 'spindleBearing00001',
      field: field as string,
      value: value as string | null,
    })),
    ...[
      ['nodeId', ids.nodeId],
      ['partyId', ids.partyId],
      ['stage', 2],
      ['reportedStage', null],
      ['status', 'on_track'],
      ['statusReason', ''],
      ['targetDate', ''],
      ['ownerPartyId', maker],
    ].map(([field, value]) => ({
      entity: 'link' as const,
      entityId: ids.linkId,
      field: field as string,
      value: value as string | number | null,
    })),
  ]);
  return { ...setup, ...ids };
}

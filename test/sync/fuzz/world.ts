import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { initHome, type HomeIdentity } from '../../../electron/services/identity/index.js';
import { newId } from '../../../electron/services/ids.js';
import { createProjectFile } from '../../../electron/services/project-file.js';
import { createProjectStore, type ProjectStore } from '../../../electron/services/store/index.js';
import { exportPacket, importPacket, joinPacket } from '../../../electron/services/sync/index.js';
import { LongmaiError } from '../../../shared/ipc/errors.js';
import type { FieldChange, Op, OpValue } from '../../../shared/sync/ops.js';

/** One copy of the project: a party's installation with its home and its file. */
export interface Replica {
  name: string;
  party: string;
  home: HomeIdentity;
  store: ProjectStore;
  inbox: { from: string; bytes: Buffer }[];
}

export interface World {
  dir: string;
  maker: string;
  replicas: Replica[];
  suppliers: string[];
  /** Ids of ops that were refused as forbidden: none may ever land anywhere. */
  forbidden: Set<string>;
  counter: number;
  /** Deltas a lagging installation could not take, answered with a full packet. */
  fullResends: number;
}

const fields = (
  entity: FieldChange['entity'],
  id: string,
  values: Record<string, OpValue>,
): FieldChange[] =>
  Object.entries(values).map(([field, value]) => ({ entity, entityId: id, field, value }));

export function nodeChanges(id: string, owner: string, name: string): FieldChange[] {
  return fields('node', id, {
    kind: 'component',
    name,
    code: '',
    spec: '',
    keyItem: false,
    ownerPartyId: owner,
    notes: '',
    x: 0,
    y: 0,
  });
}

export function linkChanges(
  id: string,
  nodeId: string,
  partyId: string,
  owner: string,
): FieldChange[] {
  return fields('link', id, {
    nodeId,
    partyId,
    stage: 1,
    reportedStage: null,
    status: 'on_track',
    statusReason: '',
    targetDate: '',
    ownerPartyId: owner,
  });
}

export function edgeChanges(
  id: string,
  fromId: string,
  toId: string,
  owner: string,
): FieldChange[] {
  return fields('edge', id, { fromId, toId, quantity: null, unit: '', ownerPartyId: owner });
}

/** Memory-backed scratch space where there is one: thousands of small files come and go. */
function scratchRoot(): string {
  return fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir();
}

/**
 * A maker with `makerReplicas` installations and suppliers with the given numbers of
 * installations; each supplier supplies one need node; every copy joined by invitation.
 */
export function createWorld(makerReplicas: number, supplierReplicas: readonly number[]): World {
  const dir = fs.mkdtempSync(path.join(scratchRoot(), 'longmai-fuzz-'));
  const makerHome = initHome(path.join(dir, 'm0'), 'Maker');
  const file = path.join(dir, 'm0.longmai');
  const store = createProjectFile(
    file,
    { name: 'Fuzz', makerName: 'Maker', sample: false },
    undefined,
    makerHome,
  );
  const maker = makerHome.partyId;
  const suppliers = supplierReplicas.map((_, i) => `supplier${String(i)}party`);
  store.applyLocalChanges([
    ...suppliers.flatMap((id, i) =>
      fields('party', id, {
        name: `Supplier ${String(i)}`,
        kind: 'component_supplier',
        country: 'CN',
        notes: '',
      }),
    ),
    ...nodeChanges('systemNode', maker, 'Machine'),
    ...suppliers.flatMap((id, i) => [
      ...nodeChanges(`need${String(i)}`, maker, `Need ${String(i)}`),
      ...edgeChanges(`needEdge${String(i)}`, 'systemNode', `need${String(i)}`, maker),
      ...linkChanges(`link${String(i)}`, `need${String(i)}`, id, maker),
    ]),
  ]);
  const world: World = {
    dir,
    maker,
    suppliers,
    forbidden: new Set(),
    counter: 0,
    fullResends: 0,
    replicas: [{ name: 'm0', party: maker, home: makerHome, store, inbox: [] }],
  };
  /** Invitations come from the maker, or from a party's first installation for its others. */
  const join = (name: string, party: string, home: HomeIdentity, inviter: Replica): void => {
    const { bytes } = exportPacket(inviter.store, inviter.home, { to: party, full: true });
    const file = path.join(dir, `${name}.longmai`);
    const joined = joinPacket(bytes, file, home, { acceptFingerprint: inviter.home.fingerprint });
    world.replicas.push({ name, party, home, store: joined.store, inbox: [] });
  };
  const first = world.replicas[0] as Replica;
  for (let i = 1; i < makerReplicas; i++) {
    const home = initHome(path.join(dir, `m${String(i)}`), 'Maker', { partyFrom: makerHome.home });
    join(`m${String(i)}`, maker, home, first);
  }
  supplierReplicas.forEach((count, s) => {
    const party = suppliers[s] ?? '';
    const name = `Supplier ${String(s)}`;
    const home0 = initHome(path.join(dir, `s${String(s)}r0`), name);
    join(`s${String(s)}r0`, party, home0, first);
    const inviter = world.replicas[world.replicas.length - 1] as Replica;
    for (let r = 1; r < count; r++) {
      const home = initHome(path.join(dir, `s${String(s)}r${String(r)}`), name, {
        partyFrom: home0.home,
      });
      join(`s${String(s)}r${String(r)}`, party, home, inviter);
    }
  });
  return world;
}

export function closeWorld(world: World): void {
  for (const replica of world.replicas) replica.store.close();
  fs.rmSync(world.dir, { recursive: true, force: true });
}

export function mayExchange(world: World, a: Replica, b: Replica): boolean {
  return a !== b && (a.party === world.maker || b.party === world.maker || a.party === b.party);
}

export function send(world: World, from: Replica, to: Replica): Buffer {
  return exportPacket(from.store, from.home, { to: to.party }).bytes;
}

/** Import as a user who confirmed the sender's fingerprint would. */
export function receive(world: World, to: Replica, bytes: Buffer, fromName: string): number {
  const from = world.replicas.find((r) => r.name === fromName);
  if (!from) throw new Error(`no replica ${fromName}`);
  const options = { acceptFingerprint: from.home.fingerprint };
  try {
    return importPacket(to.store, to.home, bytes, options).applied;
  } catch (error) {
    // A delta built on what another installation of `to`'s party acknowledged: do what the
    // error says and ask the sender for a full packet.
    if (!(error instanceof LongmaiError && error.code === 'E_MISSING_CHANGES')) throw error;
    world.fullResends++;
    const full = exportPacket(from.store, from.home, { to: to.party, full: true }).bytes;
    return importPacket(to.store, to.home, full, options).applied;
  }
}

export function freshId(world: World, prefix: string): string {
  world.counter++;
  return `${prefix}${String(world.counter)}x${newId().slice(0, 8)}`;
}

/** Expect a refusal with this code; anything else is a failure of the run. */
export function expectCode(code: string, work: () => unknown): void {
  try {
    work();
  } catch (error) {
    if (error instanceof LongmaiError && error.code === code) return;
    throw error;
  }
  throw new Error(`expected ${code}, but it was accepted`);
}

/** Every op in clock order, through the permission checker of an empty file: all must pass. */
export function replayPermissions(world: World, ops: readonly Op[]): string | null {
  const file = path.join(world.dir, `replay-${newId()}.longmai`);
  let verdict: string | null = null;
  try {
    createProjectStore(file, (empty) => {
      const sorted = [...ops].sort((a, b) =>
        a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : a.opId < b.opId ? -1 : 1,
      );
      const refusal = empty.sync.checker.checkRemote(sorted);
      verdict = refusal ? `${refusal.entity}.${refusal.field}: ${refusal.reason}` : null;
      // Roll the empty file back: only the verdict was wanted.
      throw new LongmaiError('E_INTERNAL', 'replayed');
    });
  } catch (error) {
    if (!(error instanceof LongmaiError && error.message === 'replayed')) throw error;
  }
  return verdict;
}

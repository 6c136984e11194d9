import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServices, type Services } from '../../electron/services/index.js';
import type { SyncServicesOptions } from '../../electron/services/index.js';
import type { MethodArgs, MethodName, MethodResult } from '../../shared/ipc/contract.js';
import type { EventName, EventPayloads } from '../../shared/ipc/events.js';
import { expandSnapshot } from '../../shared/model/snapshot-columns.js';

export interface Side {
  services: Services;
  dir: string;
  events: { event: EventName; payload: unknown }[];
  call<M extends MethodName>(method: M, args?: MethodArgs<M>): Promise<MethodResult<M>>;
  eventsOf<E extends EventName>(event: E): EventPayloads[E][];
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `longmai-${prefix}-`));
}

/** Real services on a fresh user-data folder, recording the events they push. */
export function side(prefix: string, options: SyncServicesOptions = {}): Side {
  const dir = tempDir(prefix);
  const events: Side['events'] = [];
  const services = createServices({
    userDataDir: path.join(dir, 'user-data'),
    notify: (event, payload) => events.push({ event, payload }),
    ...options,
  });
  return {
    services,
    dir,
    events,
    call: (method, args) =>
      (services.handlers[method] as (a: unknown) => Promise<MethodResult<typeof method>>)(args),
    eventsOf: <E extends EventName>(event: E) =>
      events.filter((e) => e.event === event).map((e) => e.payload as EventPayloads[E]),
  };
}

/** A maker with the sample project, synced, and a supplier installation with an identity. */
export async function makerAndSupplier(options: SyncServicesOptions = {}) {
  const maker = side('maker', options);
  const supplier = side('supplier', options);
  const makerFile = path.join(maker.dir, 'plan.longmai');
  await maker.services.createProject(makerFile, {
    name: 'Five-axis centre',
    makerName: 'Maker Co',
    sample: true,
  });
  await maker.call('identity.create', { name: 'Maker Co' });
  await maker.call('sync.enable');
  await supplier.call('identity.create', { name: 'Bearing Works' });
  const snapshot = await maker.call('project.load').then(expandSnapshot);
  const suppliers = new Set(
    snapshot.parties.filter((p) => p.kind === 'component_supplier').map((p) => p.id),
  );
  // A supplier's link that can still move up a stage, chosen the same way every run.
  const link = snapshot.links
    .filter((l) => suppliers.has(l.partyId) && l.reportedStage === null && l.stage <= 5)
    .sort((a, b) => (a.id < b.id ? -1 : 1))[0];
  if (!link) throw new Error('the sample has no component supplier link');
  const party = snapshot.parties.find((p) => p.id === link.partyId);
  if (!party) throw new Error('no party');
  return { maker, supplier, makerFile, link, party };
}

export function dispose(...sides: Side[]): void {
  for (const s of sides) {
    s.services.close();
    fs.rmSync(s.dir, { recursive: true, force: true });
  }
}

const today = () => new Date().toISOString().slice(0, 10);

/** Invitation out, copy joined: the supplier's services now have its copy open. */
export async function invitedAndJoined(options: SyncServicesOptions = {}) {
  const world = await makerAndSupplier(options);
  const { maker, supplier, party } = world;
  const invitation = path.join(maker.dir, 'invitation.longmai-packet');
  await maker.call('sync.exportPacket', {
    partyId: party.id,
    destination: 'file',
    path: invitation,
  });
  const opened = await supplier.call('sync.openPacket', { path: invitation });
  if (!opened?.summary) throw new Error('the invitation did not open');
  const copy = path.join(supplier.dir, 'copy.longmai');
  await supplier.call('sync.join', {
    token: opened.token,
    fingerprint: opened.summary.sender.fingerprint,
    path: copy,
  });
  return { ...world, invitation, copy };
}

/** The supplier reports the next stage with one PDF, then writes its packet for the maker. */
export async function supplierReports(
  world: Awaited<ReturnType<typeof invitedAndJoined>>,
  file: string,
): Promise<string> {
  const { supplier, link } = world;
  await supplier.call('link.report', {
    linkId: link.id,
    toStage: link.stage + 1,
    date: today(),
    evidence: [
      { fileName: 'report.pdf', bytesBase64: Buffer.from('%PDF-1.4 ok').toString('base64') },
    ],
  });
  const makerId = (await supplier.call('project.load').then(expandSnapshot)).project.makerPartyId;
  const out = path.join(supplier.dir, file);
  await supplier.call('sync.exportPacket', { partyId: makerId, destination: 'file', path: out });
  return out;
}

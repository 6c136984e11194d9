import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FolderWatcher } from '../../electron/services/exchange/folder-watcher.js';
import { translate } from '../../shared/i18n/translate.js';
import { tamper } from '../e2e/sync-flow.js';
import { dispose, invitedAndJoined, supplierReports, tempDir, type Side } from './helpers.js';
import { expandSnapshot } from '../../shared/model/snapshot-columns.js';

const TIMING = { settleMs: 40, rescanMs: 60_000 };
const opened: Side[] = [];
const dirs: string[] = [];
afterEach(() => {
  dispose(...opened.splice(0));
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the folder watcher', () => {
  it('reports a packet only once its size has held still, and only once', () => {
    const dir = tempDir('watch');
    dirs.push(dir);
    const seen: string[] = [];
    let clock = 0;
    const watcher = new FolderWatcher(
      dir,
      TIMING,
      (files) => seen.push(...files),
      () => clock,
    );
    const file = path.join(dir, 'a.longmai-packet');
    fs.writeFileSync(file, 'part');
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'not a packet');
    fs.writeFileSync(path.join(dir, '.hidden.longmai-packet.tmp'), 'partial');
    watcher.scan();
    expect(seen).toEqual([]);
    clock = 100;
    fs.appendFileSync(file, ' and more');
    watcher.scan();
    expect(seen).toEqual([]);
    clock = 200;
    watcher.scan();
    expect(seen).toEqual([file]);
    clock = 300;
    watcher.scan();
    expect(seen).toEqual([file]);
    watcher.stop();
  });
});

/** Maker and supplier on one shared folder; the supplier has reported a stage. */
async function sharedFolder(autoApply: boolean) {
  const world = await invitedAndJoined({ timing: TIMING });
  opened.push(world.maker, world.supplier);
  const shared = tempDir('shared');
  dirs.push(shared);
  await world.maker.call('exchange.chooseFolder', { path: shared });
  await world.supplier.call('exchange.chooseFolder', { path: shared });
  await world.maker.call('exchange.setAutoApply', { autoApply });
  return { ...world, shared };
}

async function confirmSupplier(world: Awaited<ReturnType<typeof sharedFolder>>): Promise<void> {
  const first = await supplierReports(world, 'first.longmai-packet');
  const preview = await world.maker.call('sync.openPacket', { path: first });
  const fingerprint = preview?.summary?.sender.fingerprint ?? '';
  const confirmed = await world.maker.call('sync.confirmSender', {
    token: preview?.token ?? '',
    fingerprint,
  });
  await world.maker.call('sync.applyPacket', { token: confirmed.token });
}

async function sendThroughFolder(world: Awaited<ReturnType<typeof sharedFolder>>, weeks: number) {
  const { supplier, link } = world;
  await supplier.call('link.update', { id: link.id, patch: { recoveryTimeWeeks: weeks } });
  const makerId = (await supplier.call('project.load').then(expandSnapshot)).project.makerPartyId;
  const written = await supplier.call('sync.exportPacket', {
    partyId: makerId,
    destination: 'exchange',
  });
  expect(path.dirname(written?.path ?? '')).toBe(world.shared);
}

describe('the exchange folder', () => {
  it('applies a trusted party’s packet at once when auto-apply is on and nothing conflicts', async () => {
    const world = await sharedFolder(true);
    await confirmSupplier(world);
    await sendThroughFolder(world, 7);
    const state = await world.maker.call('exchange.scan');
    expect(state.inbox).toEqual([]);
    const linkNow = (await world.maker.call('project.load').then(expandSnapshot)).links.find(
      (l) => l.id === world.link.id,
    );
    expect(linkNow?.recoveryTimeWeeks).toBe(7);
    const auto = world.maker.eventsOf('sync-changed').find((e) => e.reason === 'auto-applied');
    expect(auto?.applied).toBeGreaterThan(0);
  });

  it('keeps a packet for the user when auto-apply is off, then applies it from the inbox', async () => {
    const world = await sharedFolder(false);
    await confirmSupplier(world);
    await sendThroughFolder(world, 5);
    const state = await world.maker.call('exchange.scan');
    expect(state.inbox).toEqual([
      expect.objectContaining({ reason: 'manual', senderName: 'Bearing Works' }),
    ]);
    const preview = await world.maker.call('exchange.openItem', {
      itemId: state.inbox[0]?.id ?? '',
    });
    expect(preview.outcome).toBe('import');
    await world.maker.call('sync.applyPacket', { token: preview.token });
    expect((await world.maker.call('exchange.get')).inbox).toEqual([]);
  });

  it('keeps a first packet from an unconfirmed sender for the user, even with auto-apply on', async () => {
    const world = await sharedFolder(true);
    await supplierReports(world, 'unused.longmai-packet');
    const makerId = (await world.supplier.call('project.load').then(expandSnapshot)).project
      .makerPartyId;
    await world.supplier.call('sync.exportPacket', { partyId: makerId, destination: 'exchange' });
    const state = await world.maker.call('exchange.scan');
    expect(state.inbox.map((item) => item.reason)).toEqual(['confirm-sender']);
  });

  it('leaves packets it sent itself and packets for other parties where they are', async () => {
    const world = await sharedFolder(true);
    await world.maker.call('sync.exportPacket', {
      partyId: world.party.id,
      destination: 'exchange',
    });
    const state = await world.maker.call('exchange.scan');
    expect(state.inbox).toEqual([]);
    expect(state.quarantined).toEqual([]);
    expect(fs.readdirSync(world.shared).filter((f) => f.endsWith('.longmai-packet'))).toHaveLength(
      1,
    );
  });

  it('moves a tampered packet to quarantine with a note in English and the user’s language', async () => {
    const world = await sharedFolder(true);
    await world.maker.call('session.setLocale', { locale: 'zh-Hant' });
    const back = await supplierReports(world, 'back.longmai-packet');
    fs.writeFileSync(path.join(world.shared, 'bad.longmai-packet'), tamper(fs.readFileSync(back)));
    const state = await world.maker.call('exchange.scan');
    expect(state.quarantined).toEqual([
      expect.objectContaining({ fileName: 'bad.longmai-packet', code: 'E_HASH_MISMATCH' }),
    ]);
    const note = fs.readFileSync(
      path.join(world.shared, 'quarantine', 'bad.longmai-packet.txt'),
      'utf8',
    );
    expect(note).toContain('Code: E_HASH_MISMATCH');
    expect(note).toContain(translate('en', 'error.E_HASH_MISMATCH'));
    expect(note).toContain(translate('zh-Hant', 'error.E_HASH_MISMATCH'));
    expect(fs.existsSync(path.join(world.shared, 'quarantine', 'bad.longmai-packet'))).toBe(true);
    expect(fs.existsSync(path.join(world.shared, 'bad.longmai-packet'))).toBe(false);
  });

  it('refuses a folder it cannot use', async () => {
    const world = await invitedAndJoined({ timing: TIMING });
    opened.push(world.maker, world.supplier);
    await expect(
      world.maker.call('exchange.chooseFolder', { path: path.join(world.maker.dir, 'missing') }),
    ).rejects.toMatchObject({ code: 'E_FOLDER_UNUSABLE' });
    await expect(
      world.maker.call('sync.exportPacket', { partyId: world.party.id, destination: 'exchange' }),
    ).rejects.toMatchObject({ code: 'E_NO_EXCHANGE_FOLDER' });
  });
});

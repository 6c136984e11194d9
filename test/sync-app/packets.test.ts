import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  dispose,
  invitedAndJoined,
  makerAndSupplier,
  supplierReports,
  type Side,
} from './helpers.js';
import { expandSnapshot } from '../../shared/model/snapshot-columns.js';

const opened: Side[] = [];
afterEach(() => dispose(...opened.splice(0)));

describe('sending a packet', () => {
  it('shows an invitation with its counts and scope and writes nothing until saved', async () => {
    const world = await makerAndSupplier();
    opened.push(world.maker, world.supplier);
    const { maker, party } = world;
    const first = await maker.call('sync.previewExport', { partyId: party.id });
    const again = await maker.call('sync.previewExport', { partyId: party.id });
    expect(first.kind).toBe('invitation');
    expect(again.kind).toBe('invitation');
    expect(first.changes).toBeGreaterThan(0);
    expect(first.scope.link).toBeGreaterThan(0);
    expect(first.records.project).toBe(1);
    expect(first.fileName).toMatch(/\.longmai-packet$/);
    expect(fs.readdirSync(maker.dir).filter((f) => f.endsWith('.longmai-packet'))).toEqual([]);
    const peers = await maker.call('sync.peers');
    expect(peers.find((p) => p.partyId === party.id)?.state).toBe('not-invited');
  });

  it('writes the packet where the path says, adding the extension, and logs it as sent', async () => {
    const world = await makerAndSupplier();
    opened.push(world.maker, world.supplier);
    const { maker, party } = world;
    const written = await maker.call('sync.exportPacket', {
      partyId: party.id,
      destination: 'file',
      path: path.join(maker.dir, 'to-supplier'),
    });
    expect(written?.path).toBe(path.join(maker.dir, 'to-supplier.longmai-packet'));
    expect(fs.statSync(written?.path ?? '').size).toBe(written?.bytes);
    const peer = (await maker.call('sync.peers')).find((p) => p.partyId === party.id);
    expect(peer?.state).toBe('invited');
    expect(peer?.lastSent?.kind).toBe('invitation');
  });

  it('refuses to send from a project that is not set up for sync', async () => {
    const world = await makerAndSupplier();
    opened.push(world.maker, world.supplier);
    await world.supplier.services.createProject(path.join(world.supplier.dir, 'own.longmai'), {
      name: 'Own',
      makerName: 'Bearing Works',
    });
    await expect(world.supplier.call('sync.peers')).rejects.toMatchObject({ code: 'E_NOT_SYNCED' });
    await expect(world.supplier.call('exchange.get')).resolves.toMatchObject({ folder: null });
  });
});

describe('joining from an invitation', () => {
  it('shows the sender and its fingerprint, then makes a copy acting for the invited party', async () => {
    const world = await makerAndSupplier();
    opened.push(world.maker, world.supplier);
    const { maker, supplier, party } = world;
    const file = path.join(maker.dir, 'invite.longmai-packet');
    await maker.call('sync.exportPacket', { partyId: party.id, destination: 'file', path: file });
    const preview = await supplier.call('sync.openPacket', { path: file });
    const makerIdentity = (await maker.call('identity.get')).identity;
    expect(preview?.outcome).toBe('join');
    expect(preview?.summary?.sender.fingerprint).toBe(makerIdentity?.fingerprint);
    expect(preview?.join?.partyName).toBe(party.name);
    expect(preview?.join?.records.node).toBeGreaterThan(0);
    const copy = path.join(supplier.dir, 'copy.longmai');
    const info = await supplier.call('sync.join', {
      token: preview?.token ?? '',
      fingerprint: preview?.summary?.sender.fingerprint ?? '',
      path: copy,
    });
    expect(info?.path).toBe(copy);
    const status = await supplier.call('sync.status');
    expect(status.binding).toMatchObject({ state: 'bound', partyId: party.id, isMaker: false });
  });

  it('will not join when the typed fingerprint is not the sender’s', async () => {
    const world = await makerAndSupplier();
    opened.push(world.maker, world.supplier);
    const { maker, supplier, party } = world;
    const file = path.join(maker.dir, 'invite.longmai-packet');
    await maker.call('sync.exportPacket', { partyId: party.id, destination: 'file', path: file });
    const preview = await supplier.call('sync.openPacket', { path: file });
    const copy = path.join(supplier.dir, 'copy.longmai');
    await expect(
      supplier.call('sync.join', {
        token: preview?.token ?? '',
        fingerprint: 'AAAA-BBBB-CCCC-DDDD',
        path: copy,
      }),
    ).rejects.toMatchObject({ code: 'E_FINGERPRINT_MISMATCH' });
    expect(fs.existsSync(copy)).toBe(false);
  });
});

describe('importing with a preview', () => {
  it('asks to confirm a new sender, then lists the stage move, its evidence and writes nothing', async () => {
    const world = await invitedAndJoined();
    opened.push(world.maker, world.supplier);
    const { maker, supplier, link } = world;
    const back = await supplierReports(world, 'back.longmai-packet');
    const first = await maker.call('sync.openPacket', { path: back });
    expect(first?.outcome).toBe('confirm-sender');
    const supplierFingerprint = (await supplier.call('identity.get')).identity?.fingerprint ?? '';
    expect(first?.summary?.sender.fingerprint).toBe(supplierFingerprint);
    await expect(
      maker.call('sync.confirmSender', {
        token: first?.token ?? '',
        fingerprint: 'AAAA-BBBB-CCCC-DDDD',
      }),
    ).rejects.toMatchObject({ code: 'E_FINGERPRINT_MISMATCH' });
    const before = await maker.call('project.load').then(expandSnapshot);
    const preview = await maker.call('sync.confirmSender', {
      token: first?.token ?? '',
      fingerprint: supplierFingerprint.toLowerCase(),
    });
    expect(preview.outcome).toBe('import');
    const [party] = preview.changes?.parties ?? [];
    expect(party?.stageMoves).toEqual([
      expect.objectContaining({ kind: 'reported', evidence: ['report.pdf'] }),
    ]);
    expect(party?.records).toContainEqual(
      expect.objectContaining({
        entity: 'link',
        id: link.id,
        change: 'changed',
        fields: ['reportedStage'],
      }),
    );
    expect(await maker.call('project.load').then(expandSnapshot)).toEqual(before);
    expect((await maker.call('sync.peers')).find((p) => p.partyId === link.partyId)?.trusted).toBe(
      false,
    );
  });

  it('applies after the preview, reports progress, and finds nothing new the second time', async () => {
    const world = await invitedAndJoined();
    opened.push(world.maker, world.supplier);
    const { maker, supplier, link } = world;
    const back = await supplierReports(world, 'back.longmai-packet');
    const first = await maker.call('sync.openPacket', { path: back });
    const fingerprint = (await supplier.call('identity.get')).identity?.fingerprint ?? '';
    const preview = await maker.call('sync.confirmSender', {
      token: first?.token ?? '',
      fingerprint,
    });
    const outcome = await maker.call('sync.applyPacket', { token: preview.token });
    expect(outcome.applied).toBe(preview.changes?.newChanges);
    expect(maker.eventsOf('sync-progress').map((p) => p.phase)).toContain('applying');
    expect(maker.eventsOf('sync-changed')).toContainEqual(
      expect.objectContaining({ reason: 'applied' }),
    );
    const linkNow = (await maker.call('project.load').then(expandSnapshot)).links.find(
      (l) => l.id === link.id,
    );
    expect(linkNow?.reportedStage).toBe(link.stage + 1);
    await expect(maker.call('sync.applyPacket', { token: preview.token })).rejects.toMatchObject({
      code: 'E_PACKET_GONE',
    });
    const again = await maker.call('sync.openPacket', { path: back });
    expect(again?.outcome).toBe('nothing-new');
    const peer = (await maker.call('sync.peers')).find((p) => p.partyId === link.partyId);
    expect(peer?.lastReceived?.changes).toBe(outcome.applied);
    expect(peer?.trusted).toBe(true);
  });

  it('previews the conflict two concurrent edits make and resolves it with the chosen value', async () => {
    const world = await invitedAndJoined();
    opened.push(world.maker, world.supplier);
    const { maker, supplier, link } = world;
    const lead = link.leadTimeWeeks ?? 10;
    await supplier.call('link.update', { id: link.id, patch: { leadTimeWeeks: lead + 6 } });
    await maker.call('link.update', { id: link.id, patch: { leadTimeWeeks: lead + 2 } });
    const back = await supplierReports(world, 'back.longmai-packet');
    const first = await maker.call('sync.openPacket', { path: back });
    const fingerprint = (await supplier.call('identity.get')).identity?.fingerprint ?? '';
    const preview = await maker.call('sync.confirmSender', {
      token: first?.token ?? '',
      fingerprint,
    });
    expect(preview.changes?.conflicts).toEqual([
      expect.objectContaining({ entity: 'link', id: link.id, field: 'leadTimeWeeks' }),
    ]);
    await maker.call('sync.applyPacket', { token: preview.token });
    const [conflict] = await maker.call('sync.conflicts');
    expect(conflict?.nodeIds).toEqual([link.nodeId]);
    expect(conflict?.linkId).toBe(link.id);
    expect(conflict?.values.map((v) => v.value)).toEqual(
      expect.arrayContaining([lead + 2, lead + 6]),
    );
    expect(
      conflict?.values.every((v) => v.authorName !== '' && !Number.isNaN(Date.parse(v.at))),
    ).toBe(true);
    const theirs = conflict?.values.find((v) => v.value === lead + 6);
    await expect(
      maker.call('sync.resolveConflict', {
        conflictId: conflict?.id ?? '',
        choice: { kind: 'keep' },
      }),
    ).rejects.toMatchObject({ code: 'E_BAD_ARGUMENT' });
    const done = await maker.call('sync.resolveConflict', {
      conflictId: conflict?.id ?? '',
      choice: { kind: 'value', opId: theirs?.opId ?? '' },
    });
    expect(done.remaining).toBe(0);
    const linkNow = (await maker.call('project.load').then(expandSnapshot)).links.find(
      (l) => l.id === link.id,
    );
    expect(linkNow?.leadTimeWeeks).toBe(lead + 6);
  });

  it('shows why a packet is refused: damaged, or for another project', async () => {
    const world = await invitedAndJoined();
    opened.push(world.maker, world.supplier);
    const { maker } = world;
    const back = await supplierReports(world, 'back.longmai-packet');
    const bytes = fs.readFileSync(back);
    const cut = path.join(maker.dir, 'cut.longmai-packet');
    fs.writeFileSync(cut, bytes.subarray(0, bytes.length - 40));
    const damaged = await maker.call('sync.openPacket', { path: cut });
    expect(damaged?.outcome).toBe('rejected');
    expect(damaged?.rejection?.code).toMatch(/^E_(TRUNCATED|BAD_PACKET|HASH_MISMATCH)$/);
    await maker.services.createProject(path.join(maker.dir, 'other.longmai'), {
      name: 'Other',
      makerName: 'Maker Co',
    });
    const elsewhere = await maker.call('sync.openPacket', { path: back });
    expect(elsewhere?.rejection?.code).toBe('E_WRONG_PROJECT');
    expect(elsewhere?.summary?.projectName).toBe('Five-axis centre');
  });

  it('opens a dropped packet from its bytes, as the renderer sends it', async () => {
    const world = await invitedAndJoined();
    opened.push(world.maker, world.supplier);
    const back = await supplierReports(world, 'back.longmai-packet');
    const bytesBase64 = fs.readFileSync(back).toString('base64');
    const preview = await world.maker.call('sync.openDroppedPacket', {
      fileName: 'back.longmai-packet',
      bytesBase64,
    });
    expect(preview).toMatchObject({ source: 'drop', outcome: 'confirm-sender' });
  });
});

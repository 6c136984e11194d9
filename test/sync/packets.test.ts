import { describe, expect, it } from 'vitest';
import { dumpProject } from '../../electron/services/dump.js';
import {
  exportPacket,
  importPacket,
  listConflicts,
  resolveConflict,
} from '../../electron/services/sync/index.js';
import { errorOf } from '../services/helpers.js';
import { forge } from './forge.js';
import { canonicalDump, joinSupplier, makeHome, makerProject, sampleSupplier } from './helpers.js';

describe('packets between a maker and a supplier', () => {
  it('carry a supplier’s progress report back and import it once', () => {
    const setup = makerProject();
    const { partyId, linkId } = sampleSupplier(setup.store);
    const supplier = joinSupplier(setup, partyId);
    supplier.store.applyLocalChanges([
      { entity: 'link', entityId: linkId, field: 'reportedStage', value: 4 },
    ]);
    const back = exportPacket(supplier.store, supplier.home, { to: setup.maker.partyId });
    expect(back.manifest.kind).toBe('update');
    const first = importPacket(setup.store, setup.maker, back.bytes, {
      acceptFingerprint: supplier.home.fingerprint,
    });
    expect(first).toMatchObject({ applied: 1, duplicates: 0, conflicts: 0 });
    expect(setup.store.link(linkId)?.reportedStage).toBe(4);
    const again = importPacket(setup.store, setup.maker, back.bytes);
    expect(again).toMatchObject({ applied: 0, duplicates: 1 });
  });

  it('give the supplier only its links, its nodes and their direct parents', () => {
    const setup = makerProject();
    const { partyId } = sampleSupplier(setup.store);
    const supplier = joinSupplier(setup, partyId);
    const theirs = dumpProject(supplier.store);
    expect(theirs.links.every((l) => l.partyId === partyId)).toBe(true);
    expect(theirs.links.length).toBe(
      setup.store.snapshot().links.filter((l) => l.partyId === partyId).length,
    );
    const named = new Set(theirs.transitions.map((t) => t.testPlatformPartyId));
    const others = theirs.parties
      .map((p) => p.id)
      .filter((id) => id !== setup.maker.partyId && id !== partyId);
    expect(theirs.parties.map((p) => p.id)).toContain(setup.maker.partyId);
    expect(others.every((id) => named.has(id))).toBe(true);
    const rivals = setup.store
      .snapshot()
      .links.filter((l) => l.partyId !== partyId)
      .map((l) => l.partyId);
    expect(others.filter((id) => rivals.includes(id) && !named.has(id))).toEqual([]);
    expect(theirs.nodes.length).toBeLessThan(setup.store.snapshot().nodes.length);
  });

  it('send later only what the peer has not acknowledged', () => {
    const setup = makerProject();
    const { partyId, linkId } = sampleSupplier(setup.store);
    const supplier = joinSupplier(setup, partyId);
    const ack = exportPacket(supplier.store, supplier.home, { to: setup.maker.partyId });
    importPacket(setup.store, setup.maker, ack.bytes, {
      acceptFingerprint: supplier.home.fingerprint,
    });
    setup.store.applyLocalChanges([
      { entity: 'link', entityId: linkId, field: 'targetDate', value: '2027-01-31' },
    ]);
    const delta = exportPacket(setup.store, setup.maker, { to: partyId });
    expect(delta.manifest).toMatchObject({ kind: 'update', counts: { ops: 1 } });
    const full = exportPacket(setup.store, setup.maker, { to: partyId, full: true });
    expect(full.manifest.counts.ops).toBeGreaterThan(100);
    expect(importPacket(supplier.store, supplier.home, delta.bytes).applied).toBe(1);
    expect(importPacket(supplier.store, supplier.home, full.bytes).applied).toBe(0);
    expect(supplier.store.link(linkId)?.targetDate).toBe('2027-01-31');
  });

  it('keep concurrent edits of one field as a conflict until one value resolves it everywhere', () => {
    const setup = makerProject();
    const { partyId, linkId } = sampleSupplier(setup.store);
    const supplier = joinSupplier(setup, partyId);
    const hello = exportPacket(supplier.store, supplier.home, { to: setup.maker.partyId });
    importPacket(setup.store, setup.maker, hello.bytes, {
      acceptFingerprint: supplier.home.fingerprint,
    });
    setup.store.applyLocalChanges([
      { entity: 'link', entityId: linkId, field: 'status', value: 'blocked' },
    ]);
    supplier.store.applyLocalChanges([
      { entity: 'link', entityId: linkId, field: 'status', value: 'at_risk' },
    ]);
    const toMaker = exportPacket(supplier.store, supplier.home, { to: setup.maker.partyId });
    const toSupplier = exportPacket(setup.store, setup.maker, { to: partyId });
    expect(importPacket(setup.store, setup.maker, toMaker.bytes).conflicts).toBe(1);
    importPacket(supplier.store, supplier.home, toSupplier.bytes);
    expect(canonicalDump(setup.store)).toContain('"conflicts":[{');
    const [conflict] = listConflicts(setup.store);
    expect(conflict?.values.map((v) => v.value).sort()).toEqual(['at_risk', 'blocked']);
    expect(listConflicts(supplier.store).map((c) => c.id)).toEqual([conflict?.id]);
    resolveConflict(setup.store, setup.maker, conflict?.id ?? '', 'at_risk');
    importPacket(
      supplier.store,
      supplier.home,
      exportPacket(setup.store, setup.maker, { to: partyId }).bytes,
    );
    expect(listConflicts(setup.store)).toEqual([]);
    expect(listConflicts(supplier.store)).toEqual([]);
    expect(supplier.store.link(linkId)?.status).toBe('at_risk');
  });

  it('keep a supply link alive when the supplier reports on it while the maker deletes it', () => {
    const setup = makerProject();
    const { partyId, linkId, nodeId } = sampleSupplier(setup.store);
    const supplier = joinSupplier(setup, partyId);
    const hello = exportPacket(supplier.store, supplier.home, { to: setup.maker.partyId });
    importPacket(setup.store, setup.maker, hello.bytes, {
      acceptFingerprint: supplier.home.fingerprint,
    });
    setup.store.applyLocalChanges([
      { entity: 'node', entityId: nodeId, field: 'deleted', value: true },
      { entity: 'link', entityId: linkId, field: 'deleted', value: true },
    ]);
    expect(setup.store.link(linkId)).toBeNull();
    supplier.store.applyLocalChanges([
      { entity: 'link', entityId: linkId, field: 'reportedStage', value: 6 },
    ]);
    importPacket(
      setup.store,
      setup.maker,
      exportPacket(supplier.store, supplier.home, { to: setup.maker.partyId }).bytes,
    );
    importPacket(
      supplier.store,
      supplier.home,
      exportPacket(setup.store, setup.maker, { to: partyId }).bytes,
    );
    for (const store of [setup.store, supplier.store]) {
      expect(store.link(linkId)?.reportedStage).toBe(6);
      expect(store.node(nodeId)).not.toBeNull();
      expect(
        listConflicts(store)
          .map((c) => [c.entity, c.kind])
          .sort(),
      ).toEqual([
        ['link', 'deleted'],
        ['node', 'deleted'],
      ]);
    }
  });

  it('refuse a packet from an unconfirmed sender until its fingerprint is accepted', () => {
    const setup = makerProject();
    const { partyId } = sampleSupplier(setup.store);
    const supplier = joinSupplier(setup, partyId);
    const packet = exportPacket(supplier.store, supplier.home, { to: setup.maker.partyId }).bytes;
    const untrusted = errorOf(() => importPacket(setup.store, setup.maker, packet));
    expect(untrusted.code).toBe('E_UNTRUSTED_SENDER');
    expect(untrusted.params?.fingerprint).toBe(supplier.home.fingerprint);
    expect(
      errorOf(() =>
        importPacket(setup.store, setup.maker, packet, {
          acceptFingerprint: setup.maker.fingerprint,
        }),
      ).code,
    ).toBe('E_FINGERPRINT_MISMATCH');
  });

  it('reject a whole packet for one forbidden op and name it', () => {
    const setup = makerProject();
    const { partyId, linkId } = sampleSupplier(setup.store);
    const supplier = joinSupplier(setup, partyId);
    supplier.store.applyLocalChanges([
      { entity: 'link', entityId: linkId, field: 'reportedStage', value: 7 },
    ]);
    const honest = exportPacket(supplier.store, supplier.home, { to: setup.maker.partyId }).bytes;
    const forged = forge(honest, supplier.home, {
      ops: (ops) => [
        ...ops,
        {
          ...ops[ops.length - 1]!,
          opId: 'forgedStageApproval000',
          field: 'stage',
          value: 7,
          hlc: ops[ops.length - 1]!.hlc.replace(/-0000/, '-0001'),
          prev: [],
        },
      ],
    });
    const error = errorOf(() =>
      importPacket(setup.store, setup.maker, forged, {
        acceptFingerprint: supplier.home.fingerprint,
      }),
    );
    expect(error.code).toBe('E_FORBIDDEN_OP');
    expect(error.message).toContain('forgedStageApproval000');
    expect(error.params).toMatchObject({ entity: 'link', id: linkId, field: 'stage' });
    expect(setup.store.link(linkId)?.reportedStage).not.toBe(7);
  });

  it('refuse a supplier’s own forbidden edit locally with the same rule', () => {
    const setup = makerProject();
    const { partyId, linkId } = sampleSupplier(setup.store);
    const supplier = joinSupplier(setup, partyId);
    const error = errorOf(() =>
      supplier.store.applyLocalChanges([
        { entity: 'link', entityId: linkId, field: 'stage', value: 7 },
      ]),
    );
    expect(error.code).toBe('E_FORBIDDEN_OP');
  });

  it('refuse packets for another project or another party', () => {
    const setup = makerProject();
    const other = makerProject({ dir: setup.dir + '-x' });
    void other;
    const { partyId } = sampleSupplier(setup.store);
    const supplier = joinSupplier(setup, partyId);
    const packet = exportPacket(supplier.store, supplier.home, { to: setup.maker.partyId }).bytes;
    const stranger = makeHome(setup.dir, 'Stranger');
    expect(errorOf(() => importPacket(setup.store, stranger, packet)).code).toBe(
      'E_IDENTITY_MISMATCH',
    );
    const wrongProject = forge(packet, supplier.home, {
      manifest: (m) => ({ ...m, project: { ...m.project, id: 'anotherProject01' } }),
    });
    expect(
      errorOf(() =>
        importPacket(setup.store, setup.maker, wrongProject, {
          acceptFingerprint: supplier.home.fingerprint,
        }),
      ).code,
    ).toBe('E_WRONG_PROJECT');
    const wrongParty = forge(packet, supplier.home, {
      manifest: (m) => ({ ...m, recipient: { ...m.recipient, partyId: partyId } }),
    });
    expect(
      errorOf(() =>
        importPacket(setup.store, setup.maker, wrongParty, {
          acceptFingerprint: supplier.home.fingerprint,
        }),
      ).code,
    ).toBe('E_WRONG_RECIPIENT');
  });
});

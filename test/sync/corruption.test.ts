import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../shared/ipc/errors.js';
import { LongmaiError } from '../../shared/ipc/errors.js';
import type { HomeIdentity } from '../../electron/services/identity/index.js';
import { openProjectStore, type ProjectStore } from '../../electron/services/store/index.js';
import { exportPacket, importPacket } from '../../electron/services/sync/index.js';
import { prepareEntry, writeZip } from '../../electron/services/sync/zip/writer.js';
import { forge } from './forge.js';
import { joinSupplier, makeHome, smallProject } from './helpers.js';

/** Every code a refused packet may carry; anything else (or success) fails the suite. */
const PACKET_CODES: ErrorCode[] = [
  'E_SIGNATURE',
  'E_TRUNCATED',
  'E_HASH_MISMATCH',
  'E_BAD_ENTRY',
  'E_BAD_PACKET',
  'E_TOO_LARGE',
  'E_NEWER_FORMAT',
  'E_UNTRUSTED_SENDER',
  'E_WRONG_PROJECT',
  'E_WRONG_RECIPIENT',
  'E_FUTURE_CLOCK',
];

/** A seeded generator, so a failure names a mutation that can be replayed. */
function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const hashOf = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

let makerFile = '';
let maker: HomeIdentity;
let supplier: HomeIdentity;
let partyId = '';
let packet: Buffer;
let store: ProjectStore;
let before = '';
let changesBefore = 0;
let tried = 0;
let workDir = '';
let opsInPacket = 0;

const onDisk = () =>
  [makerFile, `${makerFile}-wal`].map((f) => (fs.existsSync(f) ? hashOf(f) : '-')).join();
/** Rows this connection ever wrote, rolled back or not: a refusal must not write a single one. */
const totalChanges = () =>
  Number(store.sync.connection.prepare('SELECT total_changes()').pluck().get());
const dumpNow = () => JSON.stringify(store.snapshot()) + JSON.stringify(store.ops().length);

beforeAll(() => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'longmai-corruption-'));
  const setup = smallProject(workDir);
  const joined = joinSupplier(setup, setup.partyId);
  // The maker accepts the supplier once; the suite's packets come after that.
  importPacket(
    setup.store,
    setup.maker,
    exportPacket(joined.store, joined.home, { to: setup.maker.partyId }).bytes,
    {
      acceptFingerprint: joined.home.fingerprint,
    },
  );
  joined.store.applyLocalChanges([
    { entity: 'link', entityId: setup.linkId, field: 'reportedStage', value: 3 },
  ]);
  joined.store.applyLocalChanges([
    { entity: 'link', entityId: setup.linkId, field: 'statusReason', value: 'samples shipped' },
  ]);
  const exported = exportPacket(joined.store, joined.home, { to: setup.maker.partyId, full: true });
  packet = exported.bytes;
  opsInPacket = exported.manifest.counts.ops;
  maker = setup.maker;
  supplier = joined.home;
  partyId = setup.partyId;
  makerFile = setup.file;
  setup.store.close();
  before = hashOf(makerFile);
  store = openProjectStore(makerFile);
  changesBefore = totalChanges();
});

afterAll(() => {
  store.close();
  // Closed again, the file is byte for byte what it was before the first mutation.
  expect(hashOf(makerFile)).toBe(before);
  expect(fs.existsSync(`${makerFile}-wal`)).toBe(false);
  expect(tried).toBeGreaterThanOrEqual(1000);
  fs.rmSync(workDir, { recursive: true, force: true });
});

function expectRefused(bytes: Buffer, codes: readonly ErrorCode[], what: string): void {
  tried++;
  const snapshot = dumpNow();
  const disk = onDisk();
  let error: unknown;
  try {
    importPacket(store, maker, bytes);
  } catch (caught) {
    error = caught;
  }
  if (!(error instanceof LongmaiError)) {
    throw new Error(
      `${what}: expected a typed refusal, got ${error === undefined ? 'success' : error instanceof Error ? error.message : 'a non-error'}`,
    );
  }
  expect(codes, `${what}: ${error.code} ${error.message}`).toContain(error.code);
  expect(totalChanges(), `${what} wrote to the project`).toBe(changesBefore);
  expect(dumpNow()).toBe(snapshot);
  expect(onDisk()).toBe(disk);
}

describe('a corrupted or malicious packet', () => {
  it('is the pristine packet’s exception: it imports in a dry run', () => {
    const disk = onDisk();
    expect(importPacket(store, maker, packet, { dryRun: true }).applied).toBe(2);
    expect(onDisk()).toBe(disk);
    expect(store.link('bearingLink00000001')?.reportedStage).toBeNull();
    changesBefore = totalChanges();
  });

  it('is refused with a typed error for 600 single bit flips anywhere in the file', () => {
    const next = rng(5);
    for (let i = 0; i < 600; i++) {
      const at = Math.floor(next() * packet.length);
      const bit = 1 << Math.floor(next() * 8);
      const bytes = Buffer.from(packet);
      bytes[at] = (bytes[at] ?? 0) ^ bit;
      expectRefused(bytes, PACKET_CODES, `flip bit ${String(bit)} of byte ${String(at)}`);
    }
  });

  it('is refused as truncated when cut at 300 offsets', () => {
    const step = Math.max(1, Math.floor(packet.length / 300));
    for (let cut = 0, n = 0; n < 300; cut += step, n++) {
      expectRefused(
        packet.subarray(0, Math.min(cut, packet.length - 1)),
        ['E_TRUNCATED'],
        `cut at ${String(cut)}`,
      );
    }
  });

  it('is refused for extra, missing and duplicate entries', () => {
    for (let i = 0; i < 20; i++) {
      const extra = prepareEntry(
        `changes/${String(900 + i).padStart(6, '0')}.jsonl`,
        Buffer.from('{}\n'),
        true,
      );
      expectRefused(
        forge(packet, supplier, { unlisted: [extra] }),
        ['E_BAD_ENTRY'],
        `unlisted entry ${String(i)}`,
      );
      const missing = forge(packet, supplier, {
        manifest: (m) => ({
          ...m,
          entries: [
            ...m.entries,
            { ...m.entries[0]!, name: `blobs/${'c'.repeat(63)}${String(i % 10)}` },
          ],
        }),
      });
      expectRefused(missing, ['E_TRUNCATED'], `listed but missing entry ${String(i)}`);
      const dup = prepareEntry('changes/000001.jsonl', Buffer.from('{}\n'), true);
      expectRefused(
        forge(packet, supplier, { unlisted: [dup] }),
        ['E_BAD_ENTRY'],
        `duplicate entry ${String(i)}`,
      );
    }
    const noSignature = writeZip([prepareEntry('manifest.json', Buffer.from('{}'), false)]);
    expectRefused(noSignature, ['E_TRUNCATED'], 'no signature');
  });

  it('is refused for path tricks, listed or not', () => {
    const names = [
      '../evil',
      '../../etc/passwd',
      '/abs/path',
      'C:/windows/x',
      'changes\\000001.jsonl',
      'a\0b',
      './manifest.json',
      'changes//x',
      'blobs/../../x',
      '',
    ];
    for (const name of names) {
      const entry = prepareEntry(name, Buffer.from('x'), false);
      expectRefused(
        forge(packet, supplier, { unlisted: [entry] }),
        ['E_BAD_ENTRY'],
        `name ${JSON.stringify(name)}`,
      );
      expectRefused(
        forge(packet, supplier, { extra: [entry] }),
        ['E_BAD_ENTRY'],
        `listed name ${JSON.stringify(name)}`,
      );
    }
  });

  it('is refused for zip bombs and oversize entries', () => {
    for (let i = 0; i < 10; i++) {
      const small = prepareEntry(`blobs/${'d'.repeat(64)}`, Buffer.alloc(100 + i), true);
      const bomb = { ...small, stored: deflateRawSync(Buffer.alloc((20 + i) * 1024 * 1024)) };
      expectRefused(
        forge(packet, supplier, { unlisted: [bomb] }),
        ['E_BAD_ENTRY', 'E_TOO_LARGE'],
        `bomb ${String(i)}`,
      );
      expectRefused(
        forge(packet, supplier, { extra: [bomb] }),
        ['E_TOO_LARGE', 'E_HASH_MISMATCH'],
        `listed bomb ${String(i)}`,
      );
    }
    const huge = prepareEntry(`blobs/${'e'.repeat(64)}`, Buffer.alloc(80 * 1024 * 1024), true);
    expectRefused(forge(packet, supplier, { extra: [huge] }), ['E_TOO_LARGE'], 'an 80 MiB entry');
    const many = Array.from({ length: 20_001 }, (_, i) =>
      prepareEntry(`blobs/${i.toString(16).padStart(64, '0')}`, Buffer.alloc(0), false),
    );
    expectRefused(writeZip(many), ['E_TOO_LARGE'], '20,001 entries');
  });

  it('is refused when signed with the wrong key or by an unknown party', () => {
    const stranger = makeHome(`${makerFile}-homes`, 'Stranger');
    expectRefused(
      forge(packet, stranger, {}),
      ['E_SIGNATURE'],
      'signed by a stranger for the supplier party',
    );
    const otherInstall = makeHome(`${makerFile}-homes`, 'Other', supplier.home);
    const wrongCert = forge(packet, supplier, {
      manifest: (m) => ({
        ...m,
        sender: { ...m.sender, certificate: { ...otherInstall.certificate, partyName: 'x' } },
      }),
    });
    expectRefused(wrongCert, ['E_SIGNATURE'], 'a certificate that does not verify');
    const unknown = forge(packet, stranger, {
      manifest: (m) => ({ ...m, sender: { ...m.sender, partyId: 'unknownParty00000001' } }),
    });
    expectRefused(unknown, ['E_UNTRUSTED_SENDER'], 'an unknown sender');
    for (let i = 0; i < 10; i++) {
      const raw = Buffer.from(packet);
      const sigAt = raw.indexOf(Buffer.from('manifest.sig')) + 'manifest.sig'.length;
      raw[sigAt + 5 + i] = (raw[sigAt + 5 + i] ?? 0) ^ 0x01;
      expectRefused(
        raw,
        ['E_SIGNATURE', 'E_HASH_MISMATCH'],
        `a changed signature byte ${String(i)}`,
      );
    }
  });

  it('is refused for another project, another recipient, a future clock or a newer format', () => {
    for (let i = 0; i < 10; i++) {
      expectRefused(
        forge(packet, supplier, {
          manifest: (m) => ({ ...m, project: { ...m.project, id: `otherProject${String(i)}` } }),
        }),
        ['E_WRONG_PROJECT'],
        'another project',
      );
      expectRefused(
        forge(packet, supplier, {
          manifest: (m) => ({ ...m, recipient: { ...m.recipient, partyId: partyId } }),
        }),
        ['E_WRONG_RECIPIENT'],
        'another recipient',
      );
      const future = String(Date.now() + (2 + i) * 86_400_000).padStart(15, '0');
      expectRefused(
        forge(packet, supplier, {
          ops: (ops) => ops.map((op) => ({ ...op, hlc: op.hlc.replace(/^\d{15}/, future) })),
        }),
        ['E_FUTURE_CLOCK'],
        'a clock days ahead',
      );
      expectRefused(
        forge(packet, supplier, {
          manifest: (m) => ({ ...m, formatVersion: 2 + i, minReader: 2 + i, novelty: true }),
        }),
        ['E_NEWER_FORMAT'],
        'a newer format',
      );
    }
  });

  it('is refused for malformed JSON, shapes and values', () => {
    const notJson = prepareEntry('changes/000002.jsonl', Buffer.from('{"opId": oops}\n'), true);
    expectRefused(
      forge(packet, supplier, { extra: [notJson] }),
      ['E_BAD_PACKET'],
      'a change set that is not JSON',
    );
    const shapes: [string, (op: Record<string, unknown>) => Record<string, unknown>][] = [
      ['an unknown entity', (op) => ({ ...op, entity: 'invoice' })],
      ['an unknown field', (op) => ({ ...op, field: 'price' })],
      ['a bad value', (op) => ({ ...op, value: 99 })],
      ['a stray key', (op) => ({ ...op, extra: 1 })],
      ['a bad id', (op) => ({ ...op, opId: '../x' })],
      [
        'a foreign clock',
        (op) => ({ ...op, hlc: String(op.hlc).replace(/-[^-]+$/, '-someoneElse') }),
      ],
      ['an untrimmed name', (op) => ({ ...op, field: 'statusReason', value: 1 })],
    ];
    for (const [what, change] of shapes) {
      expectRefused(
        forge(packet, supplier, {
          ops: (ops) =>
            ops.map((op, i) =>
              i === 0
                ? (change(op as unknown as Record<string, unknown>) as unknown as typeof op)
                : op,
            ),
        }),
        ['E_BAD_PACKET'],
        what,
      );
    }
    const manifestNotJson = writeZip([
      prepareEntry('manifest.json', Buffer.from('{nope'), false),
      prepareEntry('manifest.sig', Buffer.from('x'.repeat(86)), false),
    ]);
    expectRefused(manifestNotJson, ['E_BAD_PACKET'], 'a manifest that is not JSON');
    expectRefused(
      forge(packet, supplier, { manifest: (m) => ({ ...m, counts: { ...m.counts, ops: 99 } }) }),
      ['E_BAD_PACKET'],
      'wrong counts',
    );
  });

  it('is refused whole for a forbidden op or a relayed one, naming it', () => {
    const stage = forge(packet, supplier, {
      ops: (ops) =>
        ops.map((op) =>
          op.field === 'reportedStage' && op.authorParty === partyId
            ? { ...op, field: 'stage', value: 7 }
            : op,
        ),
    });
    expectRefused(stage, ['E_FORBIDDEN_OP'], 'a supplier approving its own stage');
    const relayed = forge(packet, supplier, {
      ops: (ops) => ops.map((op) => ({ ...op, authorParty: maker.partyId })),
    });
    expectRefused(relayed, ['E_FORBIDDEN_OP'], 'a supplier passing ops off as the maker’s');
    const rename = forge(packet, supplier, {
      ops: (ops) => [
        ...ops,
        {
          ...ops[0]!,
          opId: randomBytes(16).toString('base64url'),
          entity: 'node',
          entityId: 'bearingNode00000001',
          field: 'name',
          value: 'Mine now',
          prev: [],
        },
      ],
    });
    expectRefused(rename, ['E_FORBIDDEN_OP'], 'a supplier renaming the maker’s need node');
  });

  it('changes nothing when replayed after import', () => {
    importPacket(store, maker, packet);
    changesBefore = totalChanges();
    const snapshot = dumpNow();
    for (let i = 0; i < 5; i++) {
      tried++;
      expect(importPacket(store, maker, packet)).toMatchObject({
        applied: 0,
        duplicates: opsInPacket,
      });
    }
    expect(totalChanges()).toBe(changesBefore);
    expect(dumpNow()).toBe(snapshot);
    store.close();
    before = hashOf(makerFile);
    store = openProjectStore(makerFile);
    changesBefore = totalChanges();
    importPacket(store, maker, packet);
    expect(totalChanges()).toBe(changesBefore);
  });
});

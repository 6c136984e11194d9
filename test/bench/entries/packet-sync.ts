import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { initHome, type HomeIdentity } from '../../../electron/services/identity/index.js';
import { openProjectStore, type ProjectStore } from '../../../electron/services/index.js';
import {
  exportPacket,
  importPacket,
  joinPacket,
  readPacket,
  SyncTables,
} from '../../../electron/services/sync/index.js';
import { opLine, writePacket } from '../../../electron/services/sync/packet-write.js';
import type { Op } from '../../../shared/sync/ops.js';
import type { BenchEntry } from '../entry.js';

const IMPORT_OPS = 100_000;

const byClock = (a: Op, b: Op): number =>
  a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : a.opId < b.opId ? -1 : 1;

function time<T>(work: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = work();
  return { ms: performance.now() - start, result };
}

/** A copy of the generated 20k-node file acting for its maker with a fresh identity. */
function boundCopy(source: string, dir: string): { store: ProjectStore; maker: HomeIdentity } {
  const file = path.join(dir, 'maker.longmai');
  fs.copyFileSync(source, file);
  const maker = initHome(path.join(dir, 'maker-home'), 'Bench maker');
  const store = openProjectStore(file);
  const tables = new SyncTables(store);
  store.transaction(() => tables.bind(maker, store.project().makerPartyId));
  return { store, maker };
}

/**
 * A full packet (every op, to another installation of the maker) of a 20k-node project,
 * against JSON.stringify of the same ops, the least any export must do.
 */
export const packetExport20k: BenchEntry = {
  name: 'packet_export_20k_ms',
  unit: 'ms',
  budget: 1000,
  measure(context) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'longmai-bench-export-'));
    try {
      const { store, maker } = boundCopy(context.graphFile(20_000), dir);
      try {
        const to = store.project().makerPartyId;
        const exported = time(() => exportPacket(store, maker, { to, full: true }));
        const ops = store.ops();
        const baseline = time(() => ops.map((op) => JSON.stringify(op)).join('\n'));
        const { counts } = exported.result.manifest;
        return Promise.resolve({
          value: exported.ms,
          baseline: baseline.ms,
          note: `${String(counts.ops)} ops, ${String(Math.round(exported.result.bytes.length / 1024))} KiB; load ${os.loadavg()[0]?.toFixed(1) ?? '?'}`,
        });
      } finally {
        store.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};

/**
 * Import of 100,000 ops into an installation that joined from an invitation carrying only
 * the project and its maker: verify, check every op's permission, apply in one transaction.
 * Baseline: JSON.parse of the same change-set lines.
 */
export const packetImport100k: BenchEntry = {
  name: 'packet_import_100k_ops_ms',
  unit: 'ms',
  budget: 3000,
  measure(context) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'longmai-bench-import-'));
    try {
      const { store, maker } = boundCopy(context.graphFile(20_000), dir);
      const ops = store.ops().sort(byClock);
      const party = store.project().makerPartyId;
      const project = store.project();
      const invitation = exportPacket(store, maker, { to: party, full: true });
      store.close();
      // The invitation's first ops create the maker party and the project: keep only those.
      const head = ops.filter((op) => op.entity === 'project' || op.entityId === party);
      const rest = ops.filter((op) => !head.includes(op)).slice(0, IMPORT_OPS);
      const small = readPacket(invitation.bytes);
      const last = (list: Op[]) => list[list.length - 1]?.hlc ?? '';
      const sender = { partyId: party, replicaId: maker.replicaId, certificate: maker.certificate };
      const recipient = { partyId: party, name: 'Bench maker' };
      const join = writePacket(
        {
          head: {
            kind: 'invitation',
            project: { id: project.id, name: project.name },
            sender,
            recipient,
            base: {},
            vector: {},
            coverage: {},
          },
          ops: head,
          blobs: new Map(),
          createdAt: small.manifest.createdAt,
        },
        maker,
      );
      const update = writePacket(
        {
          head: {
            kind: 'update',
            project: { id: project.id, name: project.name },
            sender,
            recipient,
            base: {},
            vector: { [ops[0]?.authorReplica ?? '']: last(rest) },
            coverage: {},
          },
          ops: rest,
          blobs: new Map(),
          createdAt: small.manifest.createdAt,
        },
        maker,
      );
      const second = initHome(path.join(dir, 'second-home'), 'Bench maker', {
        partyFrom: maker.home,
      });
      const joined = joinPacket(join.bytes, path.join(dir, 'second.longmai'), second, {
        acceptFingerprint: maker.fingerprint,
      });
      try {
        const imported = time(() => importPacket(joined.store, second, update.bytes));
        const lines = rest.map((op) => opLine(op)).join('\n');
        const baseline = time(() => lines.split('\n').map((line) => JSON.parse(line) as unknown));
        return Promise.resolve({
          value: imported.ms,
          baseline: baseline.ms,
          ok: imported.result.applied === rest.length,
          note: `${String(imported.result.applied)} ops applied; load ${os.loadavg()[0]?.toFixed(1) ?? '?'}`,
        });
      } finally {
        joined.store.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};

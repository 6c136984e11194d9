// Realistic layered need graphs as real project files: one machine, subsystems, components,
// then materials, processes and technology-foundation services, about 1.45 needs edges per
// need node (a tree plus shared upstream needs), suppliers on most bought items.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import {
  createProjectFile,
  openProjectStore,
  SCHEMA_VERSION,
} from '../../electron/services/index.js';
import { readUserVersion } from '../../electron/services/store/migrate.js';
import type { FieldChange, OpValue } from '../../shared/sync/ops.js';
import type { NeedKind } from '../../shared/model/kinds.js';

const GENERATOR_VERSION = 1;
const LEVELS: readonly { kind: NeedKind; share: number }[] = [
  { kind: 'system', share: 0 },
  { kind: 'subsystem', share: 0.01 },
  { kind: 'component', share: 0.34 },
  { kind: 'material', share: 0.3 },
  { kind: 'process', share: 0.25 },
  { kind: 'tech_foundation', share: 0.1 },
];
const NAMES = [
  '轴承',
  '丝杠',
  '导轨',
  '主轴',
  '电机',
  '编码器',
  '铸件',
  '轴承钢',
  '涂层',
  '热处理',
];

function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}

const create = (entity: FieldChange['entity'], id: string, fields: Record<string, OpValue>) =>
  Object.entries(fields).map(([field, value]) => ({ entity, entityId: id, field, value }));

/** Level sizes for `total` need nodes: one system, the rest by share. */
function levelSizes(total: number): number[] {
  const sizes = LEVELS.map(({ share }) => Math.floor((total - 1) * share));
  sizes[0] = 1;
  sizes[2] = (sizes[2] ?? 0) + total - sizes.reduce((a, b) => a + b, 0);
  return sizes;
}

/**
 * A cached file made before a schema change is upgraded once, as the app upgrades a file it
 * opens: every run then opens a current file (read-only entries could not open an old one).
 */
function upgraded(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const version = readUserVersion(db);
  db.close();
  if (version < SCHEMA_VERSION) openProjectStore(file).close();
  return file;
}

export function generateGraphFile(dir: string, total: number): string {
  const file = path.join(dir, `graph-${String(total)}-v${String(GENERATOR_VERSION)}.longmai`);
  if (fs.existsSync(file)) return upgraded(file);
  fs.mkdirSync(dir, { recursive: true });
  const partial = `${file}.partial`;
  fs.rmSync(partial, { force: true });
  const store = createProjectFile(partial, {
    name: `Bench ${String(total)}`,
    makerName: 'Bench maker',
  });
  const maker = store.project().makerPartyId;
  const next = random(total);
  const changes: FieldChange[] = [];
  const parties = Array.from({ length: 40 }, (_, i) => `party${String(i)}`);
  parties.forEach((id, i) =>
    changes.push(
      ...create('party', id, {
        name: `供应商 ${String(i)}`,
        kind: 'component_supplier',
        country: i % 4 === 0 ? 'DE' : 'CN',
        notes: '',
        contacts: '[]',
      }),
    ),
  );
  const levels: string[][] = [];
  let count = 0;
  levelSizes(total).forEach((size, level) => {
    const ids: string[] = [];
    const rowsPerColumn = Math.max(30, Math.ceil(Math.sqrt(total) * 1.5));
    const columnsBefore = levels.reduce((sum, l) => sum + Math.ceil(l.length / rowsPerColumn), 0);
    for (let i = 0; i < size; i++) {
      const id = `n${String(count++)}`;
      ids.push(id);
      const kind = LEVELS[level]?.kind ?? 'component';
      changes.push(
        ...create('node', id, {
          kind,
          name: `${NAMES[count % NAMES.length] ?? ''} ${String(count)}`,
          code: `P-${String(count)}`,
          spec: '',
          keyItem: next() < 0.1,
          ownerPartyId: maker,
          notes: '',
          x: (columnsBefore + level + Math.floor(i / rowsPerColumn)) * 260,
          y: (i % rowsPerColumn) * 90,
        }),
      );
      if (level >= 2 && next() < 0.6) {
        changes.push(
          ...create('link', `l${id}`, {
            nodeId: id,
            partyId: parties[Math.floor(next() * parties.length)] ?? 'party0',
            stage: Math.floor(next() * 8),
            reportedStage: null,
            status: 'on_track',
            statusReason: '',
            targetDate: '',
            ownerPartyId: maker,
          }),
        );
      }
    }
    levels.push(ids);
  });
  let edges = 0;
  const edge = (fromId: string, toId: string) =>
    changes.push(
      ...create('edge', `e${String(edges++)}`, {
        fromId,
        toId,
        quantity: null,
        unit: '',
        ownerPartyId: maker,
      }),
    );
  for (let level = 1; level < levels.length; level++) {
    const parents = level <= 2 ? (levels[level - 1] ?? []) : (levels[2] ?? []);
    const seen = new Set<string>();
    for (const id of levels[level] ?? []) {
      const first = parents[Math.floor(next() * parents.length)] ?? '';
      edge(first, id);
      seen.add(`${first}>${id}`);
      if (next() < 0.45) {
        const second = parents[Math.floor(next() * parents.length)] ?? '';
        if (!seen.has(`${second}>${id}`)) edge(second, id);
      }
    }
  }
  store.applyLocalChanges(changes);
  store.close();
  fs.renameSync(partial, file);
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${partial}${suffix}`, { force: true });
  return file;
}

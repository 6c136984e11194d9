import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { dumpProject } from '../../electron/services/dump.js';
import { moveNodes } from '../../electron/services/edits/nodes.js';
import { takeStep } from '../../electron/services/history/index.js';
import { newId } from '../../electron/services/ids.js';
import { openProjectStore, type ProjectStore } from '../../electron/services/store/index.js';
import type { PositionWriter } from '../../electron/services/store/position-edits.js';
import { listConflicts } from '../../electron/services/sync/index.js';
import { formatHlc } from '../../shared/sync/hlc.js';
import type { Op, OpValue } from '../../shared/sync/ops.js';
import { errorOf, newProject, tempDir, track } from './helpers.js';

const NOW = 1_800_000_000_000;

/** The move path of a store, reached past `private` to force the general path or spy on it. */
const positionsOf = (store: ProjectStore): PositionWriter =>
  (store as unknown as { positions: PositionWriter }).positions;

/**
 * A sample project with the cases a move must respect: need node A has two concurrent `x`
 * heads (another replica of the maker moved it), need node B outlived a delete that missed a
 * rename. Closed, so its file can be copied.
 */
function conflictedFile(): { file: string; ids: string[] } {
  const dir = tempDir();
  const store = newProject(dir, { sample: true, now: () => NOW });
  const [a, b, c, d] = store.snapshot().nodes.map((node) => node.id);
  if (!a || !b || !c || !d) throw new Error('the sample has four need nodes');
  const maker = store.project().makerPartyId;
  const remote = (entityId: string, field: string, value: OpValue, prev: string[]): Op => ({
    opId: newId(),
    entity: 'node',
    entityId,
    field,
    value,
    hlc: formatHlc({ wallMs: NOW - 1_000, counter: 0, replicaId: 'replica-2' }),
    authorParty: maker,
    authorReplica: 'replica-2',
    prev,
  });
  const seenByDelete = store
    .ops()
    .filter((op) => op.entityId === b)
    .map((op) => op.opId);
  store.applyLocalChanges([{ entity: 'node', entityId: b, field: 'name', value: 'Renamed' }]);
  store.transaction(() =>
    store.sync.applyRemote(
      [remote(a, 'x', 999, []), remote(b, 'deleted', true, seenByDelete)],
      NOW,
    ),
  );
  expect(listConflicts(store).map((c) => [c.entityId, c.field, c.kind])).toEqual(
    expect.arrayContaining([
      [a, 'x', 'concurrent'],
      [b, 'deleted', 'deleted'],
    ]),
  );
  store.close();
  return { file: path.join(dir, 'project.longmai'), ids: [a, b, c, d] };
}

function copyOf(file: string, name: string): ProjectStore {
  const copy = path.join(path.dirname(file), name);
  fs.copyFileSync(file, copy);
  return track(openProjectStore(copy, { now: () => NOW + 60_000 }));
}

/** The ops written since `before` in clock order, and a namer that numbers their ids. */
function newOps(store: ProjectStore, before: ReadonlySet<string>) {
  const ops = store
    .ops()
    .filter((op) => !before.has(op.opId))
    .sort((x, y) => (x.hlc < y.hlc ? -1 : 1));
  const numbers = new Map(ops.map((op, i) => [op.opId, `new-${String(i)}`]));
  const named = (id: string): string => numbers.get(id) ?? id;
  return { ops, named };
}

/** What a batch leaves: its ops, the rows and the conflict records, new op ids numbered. */
function outcome(store: ProjectStore, before: ReadonlySet<string>) {
  const { ops, named } = newOps(store, before);
  return {
    ops: ops.map((op) => ({ ...op, opId: named(op.opId), prev: op.prev.map(named).sort() })),
    rows: dumpProject(store),
    conflicts: listConflicts(store).map((c) => ({
      entity: c.entity,
      entityId: c.entityId,
      field: c.field,
      kind: c.kind,
      values: c.values.map((v) => named(v.opId)).sort(),
    })),
  };
}

/** A layout with its undo and redo, a batch moving one need node twice, and B moved. */
function edit(store: ProjectStore, ids: string[]): void {
  const [a, b, c, d] = ids as [string, string, string, string];
  moveNodes(store, {
    positions: [
      { id: a, x: 10, y: 20 },
      { id: c, x: 30, y: 40 },
      { id: d, x: 0, y: 50 },
    ],
    reason: 'layout',
  });
  takeStep(store, 'undo');
  takeStep(store, 'redo');
  store.applyLocalChanges([
    { entity: 'node', entityId: c, field: 'x', value: 35 },
    { entity: 'node', entityId: d, field: 'y', value: 55 },
    { entity: 'node', entityId: c, field: 'x', value: 36 },
  ]);
  store.applyLocalChanges([{ entity: 'node', entityId: b, field: 'x', value: 70 }]);
}

describe('moving need nodes', () => {
  it('writes the same ops, rows and conflict records as the general path', () => {
    const { file, ids } = conflictedFile();
    const fast = copyOf(file, 'fast.longmai');
    const general = copyOf(file, 'general.longmai');
    positionsOf(general).plain = () => false;
    const settle = vi.spyOn(positionsOf(fast), 'settle');
    const before = new Set(fast.ops().map((op) => op.opId));

    edit(fast, ids);
    edit(general, ids);

    expect(settle).toHaveBeenCalled();
    expect(outcome(fast, before)).toEqual(outcome(general, before));
    const [a, b] = ids;
    expect(listConflicts(fast).map((c) => [c.entityId, c.field])).toEqual([[b, 'deleted']]);
    expect(fast.node(a ?? '')).toMatchObject({ x: 10, y: 20 });
  });

  it('leaves tables that a rebuild from the op log gives again', () => {
    const { file, ids } = conflictedFile();
    const store = copyOf(file, 'moved.longmai');
    const before = new Set(store.ops().map((op) => op.opId));
    edit(store, ids);
    const live = outcome(store, before);
    store.rematerialize();
    expect(outcome(store, before)).toEqual(live);
  });

  it('lists every head of a conflicted position as prev, so one head remains', () => {
    const { file, ids } = conflictedFile();
    const store = copyOf(file, 'resolved.longmai');
    const a = ids[0] ?? '';
    const heads = store.heads('node', a, 'x').map((op) => op.opId);
    expect(heads).toHaveLength(2);
    const [op] = store.applyLocalChanges([{ entity: 'node', entityId: a, field: 'x', value: 5 }]);
    expect(op?.prev.sort()).toEqual(heads.sort());
    expect(store.heads('node', a, 'x')).toEqual([op]);
  });

  it('refuses a move by a party that does not own the need node, writing nothing', () => {
    const { file, ids } = conflictedFile();
    const store = copyOf(file, 'forbidden.longmai');
    const count = store.ops().length;
    const error = errorOf(() =>
      store.applyLocalChanges([{ entity: 'node', entityId: ids[2] ?? '', field: 'x', value: 1 }], {
        authorParty: newId(),
      }),
    );
    expect(error.code).toBe('E_FORBIDDEN_OP');
    expect(store.ops()).toHaveLength(count);
  });

  it('refuses a move of a need node that another party owns, writing nothing', () => {
    const store = newProject(tempDir(), { sample: true, now: () => NOW });
    const supplier = store.snapshot().parties.find((p) => p.id !== store.project().makerPartyId);
    if (!supplier) throw new Error('the sample has a supplier');
    const id = newId();
    const fields = { kind: 'component', name: 'Seal', code: '', spec: '', keyItem: false };
    const values = { ...fields, ownerPartyId: supplier.id, notes: '', x: 0, y: 0 };
    const creation = Object.entries(values).map(([field, value], counter): Op => ({
      opId: newId(),
      entity: 'node',
      entityId: id,
      field,
      value,
      hlc: formatHlc({ wallMs: NOW - 1_000, counter, replicaId: 'replica-s' }),
      authorParty: supplier.id,
      authorReplica: 'replica-s',
      prev: [],
    }));
    store.transaction(() => store.sync.applyRemote(creation, NOW));
    expect(store.node(id)).toMatchObject({ ownerPartyId: supplier.id });
    const count = store.ops().length;
    const error = errorOf(() => moveNodes(store, { positions: [{ id, x: 5, y: 5 }] }));
    expect(error.code).toBe('E_FORBIDDEN_OP');
    expect(store.ops()).toHaveLength(count);
    expect(store.node(id)).toMatchObject({ x: 0, y: 0 });
  });
});

import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dumpProject } from '../../electron/services/index.js';
import { createEdge, deleteEdge } from '../../electron/services/edits/edges.js';
import { createNode, deleteNode, updateNode } from '../../electron/services/edits/nodes.js';
import { parseHlc } from '../../shared/sync/hlc.js';
import { errorOf, newProject, tempDir } from './helpers.js';

describe('the op log', () => {
  it('stamps every op of every edit with a strictly increasing clock', () => {
    let clock = 1_700_000_000_000;
    const store = newProject(tempDir(), { now: () => clock });
    const id = store.project().id;
    const rename = (value: string) =>
      store.applyLocalChanges([
        { entity: 'project', entityId: id, field: 'name', value },
        { entity: 'project', entityId: id, field: 'homeCountry', value: 'DE' },
      ]);
    const first = rename('One');
    clock -= 5_000; // a wall clock stepping back must not reorder the log
    const second = rename('Two');
    clock += 60_000;
    const third = rename('Three');

    const stamps = [...first, ...second, ...third].map((op) => op.hlc);
    expect(stamps).toEqual([...stamps].sort());
    expect(new Set(stamps).size).toBe(stamps.length);
    expect(parseHlc(stamps.at(-1) ?? '').wallMs).toBe(1_700_000_055_000);
  });

  it('lists the previous head of the field as prev, and only the newest op is a head', () => {
    const store = newProject(tempDir());
    const node = createNode(store, { kind: 'material', name: 'Bearing steel', x: 0, y: 0 });
    updateNode(store, { id: node.id, patch: { name: 'GCr15' } });
    updateNode(store, { id: node.id, patch: { name: 'GCr15 vacuum degassed' } });

    const names = store
      .ops()
      .filter((op) => op.entityId === node.id && op.field === 'name')
      .sort((a, b) => (a.hlc < b.hlc ? -1 : 1));
    expect(names.map((op) => op.value)).toEqual([
      'Bearing steel',
      'GCr15',
      'GCr15 vacuum degassed',
    ]);
    expect(names.map((op) => op.prev)).toEqual([[], [names[0]?.opId], [names[1]?.opId]]);
    expect(store.heads('node', node.id, 'name').map((op) => op.opId)).toEqual([names[2]?.opId]);
  });

  it("records the maker as author and the file's replica as the authoring replica", () => {
    const store = newProject(tempDir());
    createNode(store, { kind: 'process', name: 'Nitriding', x: 0, y: 0 });
    const makerId = store.project().makerPartyId;
    const replicas = new Set(store.ops().map((op) => op.authorReplica));
    expect(new Set(store.ops().map((op) => op.authorParty))).toEqual(new Set([makerId]));
    expect(replicas.size).toBe(1);
    expect(store.ops().every((op) => parseHlc(op.hlc).replicaId === op.authorReplica)).toBe(true);
  });

  it('writes nothing when one change of a batch is invalid', () => {
    const store = newProject(tempDir());
    const before = store.ops().length;
    const id = store.project().id;
    const error = errorOf(() =>
      store.applyLocalChanges([
        { entity: 'project', entityId: id, field: 'name', value: 'Fine' },
        { entity: 'project', entityId: id, field: 'homeCountry', value: 'China' },
      ]),
    );
    expect(error.code).toBe('E_BAD_ARGUMENT');
    expect(store.ops()).toHaveLength(before);
    expect(store.project().name).toBe('Test project');
  });

  it('refuses fields outside the allow-list before they can reach SQL', () => {
    const store = newProject(tempDir());
    const error = errorOf(() =>
      store.applyLocalChanges([
        { entity: 'node', entityId: 'n1', field: 'name; DROP TABLE ops', value: 'x' },
      ]),
    );
    expect(error.code).toBe('E_BAD_ARGUMENT');
  });
});

describe('materialized tables', () => {
  it('are rebuilt from the op log alone to the same dump as the live tables', () => {
    const dir = tempDir();
    const store = newProject(dir, { sample: true });
    const [a, b] = store.snapshot().nodes;
    if (!a || !b) throw new Error('sample has nodes');
    updateNode(store, { id: a.id, patch: { name: 'Renamed twice', keyItem: true } });
    updateNode(store, { id: a.id, patch: { name: 'Renamed thrice' } });
    const extra = createNode(store, { kind: 'material', name: 'Extra', x: 5, y: 5 });
    const edge = createEdge(store, { fromId: extra.id, toId: b.id });
    deleteEdge(store, { id: edge.id });
    deleteNode(store, { id: b.id });
    const live = dumpProject(store);

    // Spoil a materialized row behind the op log's back; the rebuild must restore it.
    const raw = new Database(path.join(dir, 'project.longmai'));
    raw.prepare("UPDATE nodes SET name = 'tampered' WHERE id = ?").run(a.id);
    raw.close();
    expect(store.node(a.id)?.name).toBe('tampered');

    store.rematerialize();
    expect(dumpProject(store)).toEqual(live);
  });

  it('rebuild one entity from its registers on request', () => {
    const dir = tempDir();
    const store = newProject(dir);
    const node = createNode(store, { kind: 'system', name: 'Machine', x: 0, y: 0 });
    const raw = new Database(path.join(dir, 'project.longmai'));
    raw.prepare('DELETE FROM nodes WHERE id = ?').run(node.id);
    raw.close();
    expect(store.node(node.id)).toBeNull();
    expect(store.materializeEntity('node', node.id)).toBe(true);
    expect(store.node(node.id)).toEqual(node);
  });

  it('drop a deleted node together with its needs edges and supply links', () => {
    const store = newProject(tempDir(), { sample: true });
    const snapshot = store.snapshot();
    // A node that is needed, needs others and has suppliers: the spindle bearing.
    const bearing = snapshot.nodes.find((n) => n.code.startsWith('Spindle angular-contact'));
    if (!bearing) throw new Error('sample has the spindle bearing');
    const touching = snapshot.edges.filter((e) => e.fromId === bearing.id || e.toId === bearing.id);
    const links = snapshot.links.filter((l) => l.nodeId === bearing.id);
    expect(touching.some((e) => e.toId === bearing.id)).toBe(true);
    expect(touching.some((e) => e.fromId === bearing.id)).toBe(true);
    expect(links.length).toBeGreaterThan(0);

    const result = deleteNode(store, { id: bearing.id });
    expect(result.edgeIds.sort()).toEqual(touching.map((e) => e.id).sort());
    expect(result.linkIds.sort()).toEqual(links.map((l) => l.id).sort());

    const after = store.snapshot();
    expect(after.nodes.some((n) => n.id === bearing.id)).toBe(false);
    expect(after.edges.filter((e) => result.edgeIds.includes(e.id))).toEqual([]);
    expect(after.links.filter((l) => result.linkIds.includes(l.id))).toEqual([]);
    const tombstoned = store
      .ops()
      .filter((op) => op.field === 'deleted' && op.value === true)
      .map((op) => op.entityId)
      .sort();
    expect(tombstoned).toEqual([bearing.id, ...result.edgeIds, ...result.linkIds].sort());
  });
});

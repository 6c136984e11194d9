import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Services } from '../../electron/services/index.js';
import { MAX_UNDO_STEPS } from '../../electron/services/history/index.js';
import type { PastedNode } from '../../shared/ipc/contract.js';
import { rejectionOf, servicesFor, tempDir } from './helpers.js';
import { expandSnapshot } from '../../shared/model/snapshot-columns.js';

const maker = { name: 'Demo', makerName: 'Maker' };

async function openedServices(): Promise<{ services: Services; file: string; dir: string }> {
  const dir = tempDir();
  const file = path.join(dir, 'history.longmai');
  const services = servicesFor({ userDataDir: dir });
  await services.createProject(file, maker);
  return { services, file, dir };
}

function pasted(count: number): PastedNode[] {
  return Array.from({ length: count }, (_, i) => ({
    ref: `r${String(i)}`,
    kind: 'component',
    name: `Part ${String(i)}`,
    code: `P-${String(i)}`,
    spec: '',
    keyItem: false,
    notes: '',
    x: i * 10,
    y: 0,
  }));
}

describe('undo and redo', () => {
  it('undoes a rename by writing the old name back and redoes it', async () => {
    const { services } = await openedServices();
    const h = services.handlers;
    const node = await h['node.create']({ kind: 'component', name: 'Bearing', x: 0, y: 0 });
    await h['node.update']({ id: node.id, patch: { name: 'Axle-box bearing' } });
    const opsBefore = (await h['project.load'](undefined).then(expandSnapshot)).nodes.length;

    const undone = await h['history.undo'](undefined);
    expect(undone.step).toEqual({ action: 'updateNode', count: 1 });
    expect(undone.changes.nodes).toMatchObject([{ id: node.id, name: 'Bearing' }]);
    expect(undone.history.redo).toEqual({ action: 'updateNode', count: 1 });

    const redone = await h['history.redo'](undefined);
    expect(redone.changes.nodes).toMatchObject([{ id: node.id, name: 'Axle-box bearing' }]);
    expect((await h['project.load'](undefined).then(expandSnapshot)).nodes).toHaveLength(opsBefore);
  });

  it('appends inverse ops instead of removing any from the op log', async () => {
    const { services, file, dir } = await openedServices();
    await services.handlers['node.create']({ kind: 'system', name: 'Machine', x: 0, y: 0 });
    services.close();
    const { openProjectStore } = await import('../../electron/services/index.js');
    const countOps = () => {
      const store = openProjectStore(file);
      const n = store.ops().length;
      store.close();
      return n;
    };
    const before = countOps();
    const again = servicesFor({ userDataDir: dir });
    await again.openProject(file);
    await again.handlers['history.undo'](undefined);
    again.close();
    expect(countOps()).toBe(before + 1);
  });

  it('undoes a 1,000-node paste in one step and keeps the stack after reopening', async () => {
    const { services, file, dir } = await openedServices();
    const result = await services.handlers['graph.paste']({
      nodes: pasted(1000),
      edges: [{ fromRef: 'r0', toRef: 'r1', quantity: 2, unit: 'pcs' }],
    });
    expect(result.createdNodeIds).toHaveLength(1000);
    expect(result.changes.edges).toHaveLength(1);
    services.close();

    const reopened = servicesFor({ userDataDir: dir });
    await reopened.openProject(file);
    const h = reopened.handlers;
    await expect(h['history.state'](undefined)).resolves.toEqual({
      undo: { action: 'paste', count: 1000 },
      redo: null,
    });
    const undone = await h['history.undo'](undefined);
    expect(undone.changes.removedNodeIds).toHaveLength(1000);
    expect(undone.changes.removedEdgeIds).toHaveLength(1);
    expect((await h['project.load'](undefined).then(expandSnapshot)).nodes).toHaveLength(0);
    await h['history.redo'](undefined);
    const snapshot = await h['project.load'](undefined).then(expandSnapshot);
    expect(snapshot.nodes).toHaveLength(1000);
    expect(snapshot.edges).toHaveLength(1);
  });

  it('brings back a deleted need node with its needs edges', async () => {
    const { services } = await openedServices();
    const h = services.handlers;
    const a = await h['node.create']({ kind: 'system', name: 'A', x: 0, y: 0 });
    const b = await h['node.create']({ kind: 'component', name: 'B', x: 0, y: 0 });
    await h['edge.create']({ fromId: a.id, toId: b.id });
    await h['node.deleteMany']({ nodeIds: [b.id], edgeIds: [] });
    const undone = await h['history.undo'](undefined);
    expect(undone.changes.nodes.map((n) => n.id)).toEqual([b.id]);
    expect(undone.changes.edges).toHaveLength(1);
  });

  it('clears the redo stack when a new edit is made', async () => {
    const { services } = await openedServices();
    const h = services.handlers;
    await h['node.create']({ kind: 'system', name: 'A', x: 0, y: 0 });
    await h['history.undo'](undefined);
    await h['node.create']({ kind: 'system', name: 'B', x: 0, y: 0 });
    await expect(h['history.state'](undefined)).resolves.toMatchObject({ redo: null });
  });

  it('answers a step of null when there is nothing left to undo', async () => {
    const { services } = await openedServices();
    const result = await services.handlers['history.undo'](undefined);
    expect(result.step).toBeNull();
    expect(result.history).toEqual({ undo: null, redo: null });
  });

  it('refuses to undo a delete that would now repeat a needs edge, and drops that step', async () => {
    const { services, file } = await openedServices();
    const h = services.handlers;
    const a = await h['node.create']({ kind: 'system', name: 'A', x: 0, y: 0 });
    const b = await h['node.create']({ kind: 'component', name: 'B', x: 0, y: 0 });
    const edge = await h['edge.create']({ fromId: a.id, toId: b.id });
    await h['edge.delete']({ id: edge.id });
    services.close();
    // Another writer (as a sync import would) adds the same needs edge again.
    const { openProjectStore } = await import('../../electron/services/index.js');
    const store = openProjectStore(file);
    const again = { fromId: a.id, toId: b.id, quantity: null, unit: '' };
    store.applyLocalChanges(
      Object.entries({ ...again, ownerPartyId: a.ownerPartyId }).map(([field, value]) => ({
        entity: 'edge' as const,
        entityId: 'foreign-edge',
        field,
        value,
      })),
    );
    store.close();
    const reopened = servicesFor({ userDataDir: path.dirname(file) });
    await reopened.openProject(file);
    const refusal = await rejectionOf(() => reopened.handlers['history.undo'](undefined));
    expect(refusal.code).toBe('E_DUPLICATE_EDGE');
    expect(refusal.params).toEqual({ from: 'A', to: 'B' });
    await expect(reopened.handlers['history.state'](undefined)).resolves.toMatchObject({
      undo: { action: 'createEdge' },
    });
  });

  it('refuses to undo a step whose need node was changed since, naming it', async () => {
    const { services, file } = await openedServices();
    const h = services.handlers;
    const node = await h['node.create']({ kind: 'system', name: 'A', x: 0, y: 0 });
    await h['node.update']({ id: node.id, patch: { name: 'B' } });
    services.close();
    // Another writer (as a sync import would) changes the name outside the undo journal.
    const { openProjectStore } = await import('../../electron/services/index.js');
    const store = openProjectStore(file);
    store.applyLocalChanges([{ entity: 'node', entityId: node.id, field: 'name', value: 'C' }]);
    store.close();
    const again = servicesFor({ userDataDir: path.dirname(file) });
    await again.openProject(file);
    const refusal = await rejectionOf(() => again.handlers['history.undo'](undefined));
    expect(refusal.code).toBe('E_UNDO_STALE');
    expect(refusal.params).toEqual({ name: 'C' });
  });

  it('keeps at most the newest steps', async () => {
    const { services } = await openedServices();
    const node = await services.handlers['node.create']({ kind: 'system', name: 'A', x: 0, y: 0 });
    const moves = MAX_UNDO_STEPS + 5;
    for (let i = 1; i <= moves; i++) {
      await services.handlers['node.move']({ positions: [{ id: node.id, x: i, y: 0 }] });
    }
    let steps = 0;
    while ((await services.handlers['history.undo'](undefined)).step) steps++;
    expect(steps).toBe(MAX_UNDO_STEPS);
  });
});

describe('batch edits', () => {
  it('refuses a paste whose needs edges form a cycle, naming it, and writes nothing', async () => {
    const { services } = await openedServices();
    const h = services.handlers;
    const nodes = pasted(2);
    const refusal = await rejectionOf(() =>
      h['graph.paste']({
        nodes,
        edges: [
          { fromRef: 'r0', toRef: 'r1', quantity: null, unit: '' },
          { fromRef: 'r1', toRef: 'r0', quantity: null, unit: '' },
        ],
      }),
    );
    expect(refusal.code).toBe('E_CYCLE');
    expect(refusal.params?.cycle).toEqual(['Part 0', 'Part 1', 'Part 0']);
    expect((await h['project.load'](undefined).then(expandSnapshot)).nodes).toHaveLength(0);
  });

  it('duplicates need nodes with the needs edges among them, offset', async () => {
    const { services } = await openedServices();
    const h = services.handlers;
    const a = await h['node.create']({ kind: 'system', name: 'A', x: 0, y: 0 });
    const b = await h['node.create']({ kind: 'component', name: 'B', x: 100, y: 0 });
    const c = await h['node.create']({ kind: 'material', name: 'C', x: 200, y: 0 });
    await h['edge.create']({ fromId: a.id, toId: b.id, quantity: 4, unit: 'pcs' });
    await h['edge.create']({ fromId: b.id, toId: c.id });
    const copy = await h['node.duplicate']({ ids: [a.id, b.id], offset: { x: 20, y: 30 } });
    expect(copy.changes.nodes.map((n) => [n.name, n.x, n.y])).toEqual([
      ['A', 20, 30],
      ['B', 120, 30],
    ]);
    expect(copy.changes.edges).toMatchObject([{ quantity: 4, unit: 'pcs' }]);
  });

  it('edits many rows in one step that one undo reverts', async () => {
    const { services } = await openedServices();
    const h = services.handlers;
    const a = await h['node.create']({ kind: 'component', name: 'A', x: 0, y: 0 });
    const b = await h['node.create']({ kind: 'component', name: 'B', x: 0, y: 0 });
    await h['node.updateMany']({
      updates: [
        { id: a.id, patch: { keyItem: true, kind: 'material' } },
        { id: b.id, patch: { keyItem: true } },
      ],
    });
    const undone = await h['history.undo'](undefined);
    expect(undone.step).toEqual({ action: 'editRows', count: 2 });
    expect(undone.changes.nodes.map((n) => [n.kind, n.keyItem])).toEqual([
      ['component', false],
      ['component', false],
    ]);
  });

  it('refuses a batch delete naming an unknown need node and deletes nothing', async () => {
    const { services } = await openedServices();
    const h = services.handlers;
    const a = await h['node.create']({ kind: 'component', name: 'A', x: 0, y: 0 });
    const refusal = await rejectionOf(() =>
      h['node.deleteMany']({ nodeIds: [a.id, 'missing'], edgeIds: [] }),
    );
    expect(refusal.code).toBe('E_NOT_FOUND');
    expect((await h['project.load'](undefined).then(expandSnapshot)).nodes).toHaveLength(1);
  });
});

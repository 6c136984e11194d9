import { describe, expect, it } from 'vitest';
import type { Services } from '../../electron/services/index.js';
import type { NeedNode } from '../../shared/model/entities.js';
import { rejectionOf, servicesFor, tempDir } from './helpers.js';
import { expandSnapshot } from '../../shared/model/snapshot-columns.js';

async function projectWith(names: string[]): Promise<{ services: Services; nodes: NeedNode[] }> {
  const dir = tempDir();
  const services = servicesFor({ userDataDir: dir });
  await services.createProject(`${dir}/edges.longmai`, { name: 'Edges', makerName: 'Maker' });
  const nodes: NeedNode[] = [];
  for (const [i, name] of names.entries()) {
    nodes.push(await services.handlers['node.create']({ kind: 'component', name, x: i, y: 0 }));
  }
  return { services, nodes };
}

describe('needs edges', () => {
  it('run from the needing node to the needed one, with quantity and unit', async () => {
    const { services, nodes } = await projectWith(['Spindle', 'Bearing']);
    const [spindle, bearing] = nodes as [NeedNode, NeedNode];
    const edge = await services.handlers['edge.create']({
      fromId: spindle.id,
      toId: bearing.id,
      quantity: 4,
      unit: 'set',
    });
    expect(edge).toMatchObject({ fromId: spindle.id, toId: bearing.id, quantity: 4, unit: 'set' });
    const loaded = await services.handlers['project.load'](undefined).then(expandSnapshot);
    expect(loaded.edges).toEqual([edge]);
  });

  it('refuse a node needing itself with E_SELF_LOOP', async () => {
    const { services, nodes } = await projectWith(['Spindle']);
    const [spindle] = nodes as [NeedNode];
    const error = await rejectionOf(() =>
      services.handlers['edge.create']({ fromId: spindle.id, toId: spindle.id }),
    );
    expect(error.code).toBe('E_SELF_LOOP');
  });

  it('refuse the same edge twice with E_DUPLICATE_EDGE', async () => {
    const { services, nodes } = await projectWith(['Spindle', 'Bearing']);
    const [spindle, bearing] = nodes as [NeedNode, NeedNode];
    await services.handlers['edge.create']({ fromId: spindle.id, toId: bearing.id });
    const error = await rejectionOf(() =>
      services.handlers['edge.create']({ fromId: spindle.id, toId: bearing.id }),
    );
    expect(error.code).toBe('E_DUPLICATE_EDGE');
  });

  it('refuse closing a cycle with E_CYCLE naming it in order from the new edge', async () => {
    const { services, nodes } = await projectWith(['Machine', 'Spindle', 'Bearing']);
    const [machine, spindle, bearing] = nodes as [NeedNode, NeedNode, NeedNode];
    await services.handlers['edge.create']({ fromId: machine.id, toId: spindle.id });
    await services.handlers['edge.create']({ fromId: spindle.id, toId: bearing.id });
    const edgesBefore = (await services.handlers['project.load'](undefined).then(expandSnapshot))
      .edges.length;
    const error = await rejectionOf(() =>
      services.handlers['edge.create']({ fromId: bearing.id, toId: machine.id }),
    );
    expect(error.code).toBe('E_CYCLE');
    expect(error.params?.cycle).toEqual(['Bearing', 'Machine', 'Spindle', 'Bearing']);
    expect(
      (await services.handlers['project.load'](undefined).then(expandSnapshot)).edges,
    ).toHaveLength(edgesBefore);
  });

  it('refuse an unknown node with E_NOT_FOUND', async () => {
    const { services, nodes } = await projectWith(['Spindle']);
    const [spindle] = nodes as [NeedNode];
    const error = await rejectionOf(() =>
      services.handlers['edge.create']({ fromId: spindle.id, toId: 'nope' }),
    );
    expect(error.code).toBe('E_NOT_FOUND');
  });

  it('can be updated and deleted', async () => {
    const { services, nodes } = await projectWith(['Spindle', 'Bearing']);
    const [spindle, bearing] = nodes as [NeedNode, NeedNode];
    const edge = await services.handlers['edge.create']({ fromId: spindle.id, toId: bearing.id });
    const updated = await services.handlers['edge.update']({
      id: edge.id,
      patch: { quantity: 2, unit: 'pcs' },
    });
    expect(updated).toMatchObject({ quantity: 2, unit: 'pcs' });
    expect(await services.handlers['edge.delete']({ id: edge.id })).toEqual({ edgeId: edge.id });
    expect((await services.handlers['project.load'](undefined).then(expandSnapshot)).edges).toEqual(
      [],
    );
    const error = await rejectionOf(() => services.handlers['edge.delete']({ id: edge.id }));
    expect(error.code).toBe('E_NOT_FOUND');
  });
});

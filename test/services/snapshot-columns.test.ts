import { describe, expect, it } from 'vitest';
import { SAMPLE_PROJECT } from '../../electron/services/index.js';
import { expandSnapshot, type SnapshotColumns } from '../../shared/model/snapshot-columns.js';
import { edge, node, snapshot } from '../renderer/fixtures.js';
import { columnsOfSnapshot } from '../renderer/snapshot-columns.js';
import { newProject, tempDir } from './helpers.js';

describe('the snapshot as columns (project.load)', () => {
  it('expands, after a JSON round trip, to exactly the snapshot of records', () => {
    const store = newProject(tempDir(), { ...SAMPLE_PROJECT });
    const columns = JSON.parse(JSON.stringify(store.snapshotColumns())) as SnapshotColumns;
    expect(expandSnapshot(columns)).toEqual(store.snapshot());
  });

  it('sends a field every record shares once, and each party id once', () => {
    const { partyIds, nodes, edges } = newProject(tempDir(), {
      ...SAMPLE_PROJECT,
    }).snapshotColumns();
    expect(new Set(partyIds).size).toBe(partyIds.length);
    expect(nodes.notes).toEqual({ all: '' });
    expect(Array.isArray(edges.fromId)).toBe(true);
  });

  it('refers to need nodes by their index in the need node column', () => {
    const store = newProject(tempDir(), { ...SAMPLE_PROJECT });
    const { nodes, edges, links } = store.snapshotColumns();
    const snapshot = store.snapshot();
    const refs = (column: unknown) => (Array.isArray(column) ? column : []) as unknown[];
    expect(refs(edges.fromId).length).toBe(snapshot.edges.length);
    expect(refs(edges.fromId).every((ref) => typeof ref === 'number')).toBe(true);
    expect(refs(edges.toId).map((ref) => nodes.id[ref as number])).toEqual(
      snapshot.edges.map((edge) => edge.toId),
    );
    expect(refs(links.nodeId).map((ref) => nodes.id[ref as number])).toEqual(
      snapshot.links.map((link) => link.nodeId),
    );
  });

  it('sends a need node missing from the snapshot by its id, and expands it so', () => {
    const columns = columnsOfSnapshot(
      snapshot({ nodes: [node('n1')], edges: [edge('e1', 'n1', 'gone')], links: [] }),
    );
    expect(columns.edges.fromId).toEqual({ all: 0 });
    expect(columns.edges.toId).toEqual({ all: 'gone' });
    expect(expandSnapshot(columns).edges[0]).toMatchObject({ fromId: 'n1', toId: 'gone' });
  });

  it('refuses a need node index past the need nodes', () => {
    const columns = newProject(tempDir(), { ...SAMPLE_PROJECT }).snapshotColumns();
    const nodes = { ...columns.nodes, id: columns.nodes.id.slice(0, 1) };
    expect(() => expandSnapshot({ ...columns, nodes: { ...nodes } })).toThrow(RangeError);
  });

  it('expands an empty project to no records', () => {
    const store = newProject(tempDir());
    const columns = JSON.parse(JSON.stringify(store.snapshotColumns())) as SnapshotColumns;
    expect(expandSnapshot(columns)).toEqual(store.snapshot());
  });

  it('refuses columns that refer to a party they do not list', () => {
    const columns = newProject(tempDir(), { ...SAMPLE_PROJECT }).snapshotColumns();
    expect(() => expandSnapshot({ ...columns, partyIds: [] })).toThrow(RangeError);
  });
});

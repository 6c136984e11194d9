import { describe, expect, it } from 'vitest';
import { SAMPLE_PROJECT } from '../../electron/services/index.js';
import { expandSnapshot, type SnapshotColumns } from '../../shared/model/snapshot-columns.js';
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

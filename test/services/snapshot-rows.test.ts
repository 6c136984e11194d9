import { describe, expect, it } from 'vitest';
import { SAMPLE_PROJECT } from '../../electron/services/index.js';
import { expandSnapshot } from '../../shared/model/snapshot-rows.js';
import { newProject, tempDir } from './helpers.js';

describe('the snapshot as rows (project.load)', () => {
  it('expands, after a JSON round trip, to exactly the snapshot of records', () => {
    const store = newProject(tempDir(), { ...SAMPLE_PROJECT });
    const rows = JSON.parse(JSON.stringify(store.snapshotRows())) as ReturnType<
      typeof store.snapshotRows
    >;
    expect(expandSnapshot(rows)).toEqual(store.snapshot());
  });

  it('names each party id the rows refer to once', () => {
    const { partyIds, nodes } = newProject(tempDir(), { ...SAMPLE_PROJECT }).snapshotRows();
    expect(new Set(partyIds).size).toBe(partyIds.length);
    expect(nodes.every((row) => partyIds[row[6]] !== undefined)).toBe(true);
  });

  it('refuses a row that refers to a party it does not list', () => {
    const rows = newProject(tempDir(), { ...SAMPLE_PROJECT }).snapshotRows();
    expect(() => expandSnapshot({ ...rows, partyIds: [] })).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import type { Op } from '../../shared/sync/ops.js';
import { tombstoneState } from '../../shared/sync/tombstone.js';

function op(opId: string, field: string, value: Op['value'], hlc: string, prev: string[] = []): Op {
  return {
    opId,
    entity: 'node',
    entityId: 'n',
    field,
    value,
    hlc,
    authorParty: 'p',
    authorReplica: 'r',
    prev,
  };
}

describe('the tombstone register', () => {
  const name = op('name1', 'name', 'Bearing', '1');

  it('is not deleted without a delete op', () => {
    expect(tombstoneState([name]).deleted).toBe(false);
  });

  it('deletes an entity whose every head the delete saw', () => {
    const del = op('del', 'deleted', true, '2', ['name1']);
    expect(tombstoneState([name, del])).toMatchObject({ deleted: true, unseen: [] });
  });

  it('lets an edit the delete did not see outlive it, whatever its clock', () => {
    const edit = op('name2', 'name', 'Bearing B', '1.5', ['name1']);
    const del = op('del', 'deleted', true, '2', ['name1']);
    const state = tombstoneState([edit, del]);
    expect(state.deleted).toBe(true);
    expect(state.unseen.map((o) => o.opId)).toEqual(['name2']);
  });

  it('follows the winning head of the deleted register, so an undelete wins back', () => {
    const del = op('del', 'deleted', true, '2', ['name1']);
    const undo = op('undo', 'deleted', false, '3', ['del']);
    expect(tombstoneState([name, undo]).deleted).toBe(false);
    expect(tombstoneState([name, del, undo]).deleted).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import type { EntityName } from '../../shared/model/fields.js';
import { ENTITY_FIELDS } from '../../shared/model/fields.js';
import {
  PERMISSIONS,
  checkWrite,
  type PermissionView,
  type WriteAttempt,
} from '../../shared/sync/permissions.js';

const MAKER = 'maker';
const BEARINGS = 'bearings';
const STEEL = 'steel';

/** A maker-owned spindle bearing supplied by BEARINGS through link L1, and BEARINGS' own ring. */
const owners: Record<string, string> = {
  'node:bearing': MAKER,
  'node:ring': BEARINGS,
  'link:L1': MAKER,
  'edge:E1': MAKER,
  'party:bearings': MAKER,
  'project:P': MAKER,
};
const view: PermissionView = {
  makerPartyId: MAKER,
  exists: (entity: EntityName, id: string) => `${entity}:${id}` in owners,
  ownerOf: (entity: EntityName, id: string) => owners[`${entity}:${id}`],
  linkSupplierOf: (linkId) => (linkId === 'L1' ? BEARINGS : undefined),
  supplies: (party, nodeId) => party === BEARINGS && nodeId === 'bearing',
};

function attempt(partial: Omit<WriteAttempt, 'value'> & { value?: WriteAttempt['value'] }) {
  return checkWrite(view, { value: null, ...partial });
}

describe('who may write what', () => {
  it('names a rule for every field of every entity', () => {
    for (const entity of Object.keys(ENTITY_FIELDS) as EntityName[]) {
      expect(Object.keys(PERMISSIONS[entity].fields).sort()).toEqual(
        Object.keys(ENTITY_FIELDS[entity]).sort(),
      );
    }
  });

  it('lets only the maker approve the official stage', () => {
    const base = { entity: 'link', entityId: 'L1', field: 'stage', value: 6 } as const;
    expect(attempt({ ...base, authorParty: MAKER }).ok).toBe(true);
    expect(attempt({ ...base, authorParty: BEARINGS })).toEqual({
      ok: false,
      reason: 'link L1: only its owner may change stage',
    });
  });

  it('lets the supplier of a link report its own stage but not another supplier', () => {
    const base = { entity: 'link', entityId: 'L1', field: 'reportedStage', value: 5 } as const;
    expect(attempt({ ...base, authorParty: BEARINGS }).ok).toBe(true);
    expect(attempt({ ...base, authorParty: STEEL }).ok).toBe(false);
  });

  it('keeps fixed fields fixed, even for the maker', () => {
    expect(
      attempt({ entity: 'link', entityId: 'L1', field: 'nodeId', authorParty: MAKER }).ok,
    ).toBe(false);
    expect(
      attempt({ entity: 'node', entityId: 'bearing', field: 'ownerPartyId', authorParty: MAKER })
        .ok,
    ).toBe(false);
  });

  it('keeps a need node editable by its owner only', () => {
    const base = { entity: 'node', field: 'name', value: 'x' } as const;
    expect(attempt({ ...base, entityId: 'bearing', authorParty: BEARINGS }).ok).toBe(false);
    expect(attempt({ ...base, entityId: 'ring', authorParty: BEARINGS }).ok).toBe(true);
    expect(attempt({ ...base, entityId: 'ring', authorParty: MAKER }).ok).toBe(false);
  });

  it('lets a party keep its own notes but not rename itself', () => {
    const base = { entity: 'party', entityId: BEARINGS, authorParty: BEARINGS } as const;
    expect(attempt({ ...base, field: 'notes', value: 'ISO 9001' }).ok).toBe(true);
    expect(attempt({ ...base, field: 'name', value: 'Other' }).ok).toBe(false);
  });

  it('requires a new record to be owned by its author', () => {
    const created = { kind: 'material', name: 'GCr15', ownerPartyId: MAKER };
    const base = { entity: 'node', entityId: 'new', field: 'name', created } as const;
    expect(attempt({ ...base, authorParty: BEARINGS }).ok).toBe(false);
    expect(attempt({ ...base, authorParty: MAKER }).ok).toBe(true);
  });

  it('lets a supplier extend a need node it supplies with its own upstream node', () => {
    const base = {
      entity: 'edge',
      entityId: 'E2',
      field: 'fromId',
      authorParty: BEARINGS,
    } as const;
    const ok = { fromId: 'bearing', toId: 'ring', ownerPartyId: BEARINGS };
    expect(attempt({ ...base, created: ok }).ok).toBe(true);
    const intoMakers = { fromId: 'ring', toId: 'bearing', ownerPartyId: BEARINGS };
    expect(attempt({ ...base, created: intoMakers }).ok).toBe(false);
    const notSupplied = { fromId: 'bearing', toId: 'ring', ownerPartyId: STEEL };
    expect(attempt({ ...base, authorParty: STEEL, created: notSupplied }).ok).toBe(false);
  });

  it('lets only a need node owner attach suppliers to it', () => {
    const base = { entity: 'link', entityId: 'L9', field: 'stage', value: 0 } as const;
    const onMakers = { nodeId: 'bearing', partyId: STEEL, ownerPartyId: BEARINGS };
    expect(attempt({ ...base, authorParty: BEARINGS, created: onMakers }).ok).toBe(false);
    const onOwn = { nodeId: 'ring', partyId: STEEL, ownerPartyId: BEARINGS };
    expect(attempt({ ...base, authorParty: BEARINGS, created: onOwn }).ok).toBe(true);
  });

  it('leaves the project and the party register to the maker', () => {
    expect(
      attempt({ entity: 'project', entityId: 'P', field: 'name', authorParty: BEARINGS }).ok,
    ).toBe(false);
    const created = { name: 'New', kind: 'other', country: 'DE' };
    expect(
      attempt({ entity: 'party', entityId: 'x', field: 'name', authorParty: BEARINGS, created }).ok,
    ).toBe(false);
  });
});

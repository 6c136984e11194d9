import { describe, expect, it } from 'vitest';
import { createLink, updateLink } from '../../electron/services/qualification/links.js';
import { moveLink } from '../../electron/services/qualification/moves.js';
import {
  createParty,
  deleteParty,
  mergeParties,
  updateParty,
} from '../../electron/services/qualification/parties.js';
import { errorOf } from '../services/helpers.js';
import { qualificationBench } from './setup.js';

describe('parties', () => {
  it('keeps contacts as a list and refuses a country that ISO 3166 does not have', () => {
    const { store, supplier } = qualificationBench();
    const contact = { name: 'Zhao Lei', role: 'CTO', email: 'zhao@example.com', phone: '' };
    const updated = updateParty(store, { id: supplier.id, patch: { contacts: [contact] } });
    expect(JSON.parse(updated.contacts)).toEqual([contact]);
    const refused = errorOf(() =>
      createParty(store, { name: 'Nowhere Ltd', kind: 'other', country: 'XX' }),
    );
    expect(refused).toMatchObject({ code: 'E_UNKNOWN_COUNTRY', params: { country: 'XX' } });
  });

  it('merges a duplicate: its links and their history move, its notes and contacts join', () => {
    const { store, supplier, link } = qualificationBench();
    moveLink(store, { linkId: link.id, toStage: 1, date: '2025-01-01' });
    const duplicate = createParty(store, {
      name: 'Luochuan Bearing Co.',
      kind: 'component_supplier',
      country: 'CN',
      notes: 'old entry',
      contacts: [{ name: 'Li', role: '', email: '', phone: '' }],
    });
    const other = createLink(store, { nodeId: link.nodeId, partyId: duplicate.id });
    const result = mergeParties(store, { keepId: supplier.id, mergeId: duplicate.id });
    expect(result.linkIds).toEqual([other.id]);
    expect(store.party(duplicate.id)).toBeNull();
    expect(store.link(other.id)?.partyId).toBe(supplier.id);
    expect(store.link(link.id)?.partyId).toBe(supplier.id);
    expect(result.party.notes).toBe('old entry');
    expect(JSON.parse(result.party.contacts)).toHaveLength(1);
    expect(store.qualification.transitionsOfLink(link.id)).toHaveLength(1);
  });

  it('refuses to merge a party into itself or to merge the maker away', () => {
    const { store, maker, supplier } = qualificationBench();
    expect(
      errorOf(() => mergeParties(store, { keepId: supplier.id, mergeId: supplier.id })).code,
    ).toBe('E_MERGE_SAME');
    expect(errorOf(() => mergeParties(store, { keepId: supplier.id, mergeId: maker })).code).toBe(
      'E_PARTY_IN_USE',
    );
  });

  it('removes a party with its supply links and keeps their history', () => {
    const { store, supplier, link } = qualificationBench();
    moveLink(store, { linkId: link.id, toStage: 1, date: '2025-01-01' });
    expect(deleteParty(store, { id: supplier.id })).toEqual({
      partyId: supplier.id,
      linkIds: [link.id],
    });
    expect(store.link(link.id)).toBeNull();
    expect(store.snapshot().transitions).toHaveLength(1);
  });
});

describe('supply links', () => {
  it('attaches a second supplier as an alternate and refuses the same supplier twice', () => {
    const { store, platform, supplier, link } = qualificationBench();
    const second = createLink(store, { nodeId: link.nodeId, partyId: platform.id });
    expect([link.role, second.role]).toEqual(['primary', 'alternate']);
    const refused = errorOf(() => createLink(store, { nodeId: link.nodeId, partyId: supplier.id }));
    expect(refused).toMatchObject({ code: 'E_DUPLICATE_LINK', params: { party: supplier.name } });
  });

  it('keeps share, times, first batch, notes and per-stage targets', () => {
    const { store, link } = qualificationBench();
    const updated = updateLink(store, {
      id: link.id,
      patch: {
        sharePct: 40,
        leadTimeWeeks: 8,
        recoveryTimeWeeks: 20,
        firstBatchDate: '2026-05-01',
        notes: 'second source',
        stageTargets: { samples: '2026-03-01', key_tech_rd: '2025-12-01' },
      },
    });
    expect(updated).toMatchObject({ sharePct: 40, leadTimeWeeks: 8, recoveryTimeWeeks: 20 });
    expect(updated.stageTargets).toBe('{"key_tech_rd":"2025-12-01","samples":"2026-03-01"}');
    const refused = errorOf(() =>
      updateLink(store, { id: link.id, patch: { stageTargets: { apqp_plan: '2026-01-01' } } }),
    );
    expect(refused.code).toBe('E_STAGE_NOT_IN_LIST');
  });

  it('lets the supplier keep its lead time but not the maker’s share plan', () => {
    const { store, supplier, link } = qualificationBench();
    const acting = { actingParty: supplier.id };
    expect(
      updateLink(store, { id: link.id, patch: { leadTimeWeeks: 12 } }, acting).leadTimeWeeks,
    ).toBe(12);
    expect(
      errorOf(() => updateLink(store, { id: link.id, patch: { sharePct: 90 } }, acting)).code,
    ).toBe('E_FORBIDDEN_OP');
  });
});

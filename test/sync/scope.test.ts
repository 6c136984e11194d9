import { describe, expect, it } from 'vitest';
import type { EntityName } from '../../shared/model/fields.js';
import type { OpValue } from '../../shared/sync/ops.js';
import { computeScope } from '../../shared/sync/scope.js';

const M = 'maker';
const X = 'bearings';
const Y = 'steel';

type Rows = Record<string, Record<string, OpValue>>;
function records(data: Partial<Record<EntityName, Rows>>) {
  return new Map(
    Object.entries(data).map(([entity, rows]) => [
      entity as EntityName,
      new Map(Object.entries(rows)),
    ]),
  );
}

const data = records({
  project: { P: { makerPartyId: M } },
  party: { [M]: {}, [X]: {}, [Y]: {}, lab: {} },
  node: {
    spindle: { ownerPartyId: M },
    bearing: { ownerPartyId: M },
    steel: { ownerPartyId: M },
    ring: { ownerPartyId: X },
  },
  edge: {
    spindleBearing: { fromId: 'spindle', toId: 'bearing', ownerPartyId: M },
    bearingSteel: { fromId: 'bearing', toId: 'steel', ownerPartyId: M },
    bearingRing: { fromId: 'bearing', toId: 'ring', ownerPartyId: X },
  },
  link: {
    mine: { nodeId: 'bearing', partyId: X, ownerPartyId: M },
    rival: { nodeId: 'bearing', partyId: Y, ownerPartyId: M },
    steelLink: { nodeId: 'steel', partyId: Y, ownerPartyId: M },
  },
  transition: {
    t1: { linkId: 'mine', byPartyId: X, testPlatformPartyId: 'lab', approvesId: '' },
    t2: { linkId: 'rival', byPartyId: Y, testPlatformPartyId: '', approvesId: '' },
  },
  evidence: {
    e1: { transitionId: 't1', sha256: 'a'.repeat(64), byPartyId: X },
    e2: { transitionId: 't2', sha256: 'b'.repeat(64), byPartyId: Y },
  },
});

describe('what a supplier may see', () => {
  const scope = computeScope(data, X, M);
  const seen = (entity: EntityName, ids: string[]) => ids.filter((id) => scope.visible(entity, id));

  it('is the node it supplies, its needing parent for context, and its own sub-graph', () => {
    expect(seen('node', ['spindle', 'bearing', 'steel', 'ring'])).toEqual([
      'spindle',
      'bearing',
      'ring',
    ]);
    expect(seen('edge', ['spindleBearing', 'bearingSteel', 'bearingRing'])).toEqual([
      'spindleBearing',
      'bearingRing',
    ]);
  });

  it('never includes another supplier’s links, stage moves or evidence', () => {
    expect(seen('link', ['mine', 'rival', 'steelLink'])).toEqual(['mine']);
    expect(seen('transition', ['t1', 't2'])).toEqual(['t1']);
    expect(seen('evidence', ['e1', 'e2'])).toEqual(['e1']);
    expect([...scope.blobs]).toEqual(['a'.repeat(64)]);
  });

  it('shows the maker and the parties its own records name, never the other suppliers', () => {
    expect(seen('party', [M, X, Y, 'lab'])).toEqual([M, X, 'lab']);
    expect(scope.visible('project', 'P')).toBe(true);
  });

  it('keeps a party’s contacts to that party', () => {
    expect(scope.fieldVisible('party', X, 'contacts')).toBe(true);
    expect(scope.fieldVisible('party', M, 'contacts')).toBe(false);
    expect(scope.fieldVisible('party', M, 'name')).toBe(true);
  });

  it('is everything for the maker', () => {
    const all = computeScope(data, M, M);
    expect(all.visible('link', 'rival')).toBe(true);
    expect(all.fieldVisible('party', X, 'contacts')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import {
  countActiveFilters,
  matchesFilters,
  NO_FILTERS,
  type NodeFacts,
} from '../../shared/graph/filters.js';
import { isUnusualNeed } from '../../shared/graph/kind-rules.js';
import { hiddenByCollapse, indexGraph, reachable } from '../../shared/graph/traversal.js';

const e = (fromId: string, toId: string) => ({ fromId, toId });
// machine → spindle → bearing → steel; machine → axis → bearing (shared)
const index = indexGraph([
  e('machine', 'spindle'),
  e('machine', 'axis'),
  e('spindle', 'bearing'),
  e('axis', 'bearing'),
  e('bearing', 'steel'),
]);
const all = ['machine', 'spindle', 'axis', 'bearing', 'steel'];

describe('tracing need nodes', () => {
  it('finds everything a need node needs, upstream', () => {
    expect([...reachable(index, ['spindle'], 'upstream')].sort()).toEqual([
      'bearing',
      'spindle',
      'steel',
    ]);
  });

  it('finds everything that needs a need node, downstream', () => {
    expect([...reachable(index, ['bearing'], 'downstream')].sort()).toEqual([
      'axis',
      'bearing',
      'machine',
      'spindle',
    ]);
  });
});

describe('collapsing a subtree', () => {
  it('hides only what every path reaches through the collapsed need node', () => {
    expect([...hiddenByCollapse(index, all, new Set(['spindle']))]).toEqual([]);
    expect([...hiddenByCollapse(index, all, new Set(['spindle', 'axis']))].sort()).toEqual([
      'bearing',
      'steel',
    ]);
  });

  it('hides everything under the machine but the machine itself', () => {
    expect(hiddenByCollapse(index, all, new Set(['machine'])).size).toBe(4);
  });
});

describe('filters', () => {
  const facts: NodeFacts = {
    kind: 'component',
    keyItem: true,
    partyIds: ['p1'],
    bestStage: 6,
    statuses: ['at_risk'],
    origin: 'import',
  };

  it('match a need node only when every chosen filter does', () => {
    expect(matchesFilters(facts, NO_FILTERS)).toBe(true);
    expect(
      matchesFilters(facts, {
        ...NO_FILTERS,
        kinds: ['component', 'material'],
        origins: ['import'],
      }),
    ).toBe(true);
    expect(matchesFilters(facts, { ...NO_FILTERS, kinds: ['component'], keyItem: false })).toBe(
      false,
    );
    expect(matchesFilters(facts, { ...NO_FILTERS, stages: [7] })).toBe(false);
    expect(matchesFilters(facts, { ...NO_FILTERS, partyIds: ['p2'] })).toBe(false);
  });

  it('count how many filters are on', () => {
    expect(countActiveFilters({ ...NO_FILTERS, kinds: ['system'], keyItem: true })).toBe(2);
  });
});

describe('unusual kind pairs', () => {
  it('warn when a material needs a system, not when a component needs a material', () => {
    expect(isUnusualNeed('material', 'system')).toBe(true);
    expect(isUnusualNeed('component', 'material')).toBe(false);
  });
});

import { describe, expect, test } from 'vitest';
import { whatIf } from '../../shared/graph/metrics/index.js';
import { buildInput } from './build-input.js';

const input = buildInput({
  nodes: [
    ['machine', 'system'],
    ['spindle', 'subsystem'],
    ['axis', 'subsystem'],
    ['bearing', 'component', true],
    ['steel', 'material', true],
    ['screw', 'component', true],
    ['motor', 'component', true],
  ],
  edges: [
    'machine>spindle',
    'machine>axis',
    'spindle>bearing',
    'bearing>steel',
    'axis>screw',
    'axis>motor',
  ],
  links: [
    ['bearing', 'cn1', 7],
    ['bearing', 'de1', 7],
    ['steel', 'cn2', 7],
    ['screw', 'cn1', 7],
    ['screw', 'jp1', 6],
    ['motor', 'cn1', 3],
    ['motor', 'de2', 7],
  ],
});

const impacts = (result: ReturnType<typeof whatIf>) =>
  Object.fromEntries(result.affected.map((node) => [node.nodeId, node.impact]));

describe('what-if', () => {
  test('losing a sole supplier leaves its item unsupplied and cuts everything that needs it', () => {
    const result = whatIf(input, { lostPartyIds: ['cn2'], lostNodeIds: [] });
    expect(impacts(result)).toEqual({
      steel: 'unsupplied',
      bearing: 'cut',
      spindle: 'cut',
      machine: 'cut',
    });
    expect(result.noSupplier.map((node) => node.nodeId)).toEqual(['steel']);
    expect(result.lostLinks).toBe(1);
  });

  test('says by how much each metric drops, for the project and each roll-up', () => {
    const result = whatIf(input, { lostPartyIds: ['cn1'], lostNodeIds: [] });
    expect(result.selfSufficiency.before).toEqual({ value: 0.75, numerator: 3, denominator: 4 });
    expect(result.selfSufficiency.after).toEqual({ value: 0.25, numerator: 1, denominator: 4 });
    expect(
      result.rollUps.map((roll) => [roll.nodeId, roll.selfSufficiency.after.numerator]),
    ).toEqual([
      ['machine', 1],
      ['spindle', 1],
      ['axis', 0],
    ]);
  });

  test('marks nodes that keep another qualified supplier as degraded, not cut', () => {
    const result = whatIf(input, { lostPartyIds: ['cn1'], lostNodeIds: [] });
    expect(impacts(result)).toEqual({
      bearing: 'degraded',
      screw: 'degraded',
      spindle: 'degraded',
      axis: 'degraded',
      machine: 'degraded',
    });
    expect(result.noSupplier).toEqual([]);
  });

  test('losing a need node takes its links and cuts what needs it', () => {
    const result = whatIf(input, { lostPartyIds: [], lostNodeIds: ['motor'] });
    expect(impacts(result)).toEqual({ motor: 'lost', axis: 'cut', machine: 'cut' });
    expect(result.lostLinks).toBe(2);
    expect(result.flagCounts.after.no_supplier).toBe(result.flagCounts.before.no_supplier + 1);
  });

  test('losing nothing changes nothing', () => {
    const result = whatIf(input, { lostPartyIds: [], lostNodeIds: [] });
    expect(result.affected).toEqual([]);
    expect(result.rollUps).toEqual([]);
    expect(result.selfSufficiency.after).toEqual(result.selfSufficiency.before);
  });
});

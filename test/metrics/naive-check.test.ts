import { describe, expect, test } from 'vitest';
import { computeMetrics, TOP_RISK_LIMIT } from '../../shared/graph/metrics/index.js';
import { naiveMetrics } from '../bench/metrics-20k-naive.js';
import { randomProject } from './random-project.js';

const inputs = [11, 12, 13].map((seed) => ({
  seed,
  input: randomProject({
    seed,
    nodes: 400,
    edgesPerNode: 1.6,
    linksPerNode: 1.4,
    parties: 15,
    backEdges: seed === 12 ? 5 : 0,
    stageEvents: true,
  }),
}));

describe.each(inputs)('the fast metrics and the naive baseline, seed $seed', ({ input }) => {
  const fast = computeMetrics(input);
  const naive = naiveMetrics(input);

  test('agree on both rates and every roll-up', () => {
    expect([fast.selfSufficiency.numerator, fast.selfSufficiency.denominator]).toEqual(
      naive.selfSufficiency,
    );
    expect([fast.processAdoption.numerator, fast.processAdoption.denominator]).toEqual(
      naive.processAdoption,
    );
    for (const roll of [...fast.byProduct, ...fast.bySubsystem]) {
      expect([
        roll.selfSufficiency.numerator,
        roll.selfSufficiency.denominator,
        roll.processAdoption.numerator,
        roll.processAdoption.denominator,
      ]).toEqual(naive.rollUps.get(roll.nodeId));
    }
  });

  test('agree on which need node carries which flag', () => {
    expect(new Set(fast.flags.map((flag) => `${flag.nodeId} ${flag.flag}`))).toEqual(naive.flags);
  });

  test('agree on every point of the trend', () => {
    expect(
      fast.trend.map((p) => [p.date, p.selfSufficiency.numerator, p.processAdoption.numerator]),
    ).toEqual(naive.trend);
  });

  test('list at most the top-risk limit while counting every flagged node', () => {
    expect(fast.topRisks.length).toBe(Math.min(TOP_RISK_LIMIT, fast.flaggedNodes));
    expect(fast.flaggedNodes).toBe(new Set(fast.flags.map((flag) => flag.nodeId)).size);
  });
});

import { describe, expect, test } from 'vitest';
import { computeMetrics, trendDates } from '../../shared/graph/metrics/index.js';
import { buildInput, link } from './build-input.js';

describe('trend', () => {
  const bearing = link('bearing', 'cn1', 7);
  const steel = link('steel', 'cn2', 6);
  const grinding = link('grinding', 'de1', 6);
  const input = buildInput({
    nodes: [
      ['bearing', 'component', true],
      ['steel', 'material', true],
      ['grinding', 'process', true],
    ],
    overrides: {
      today: '2026-04-10',
      links: [bearing, steel, grinding],
      stageEvents: [
        { linkId: bearing.id, date: '2026-01-05', stage: 4 },
        { linkId: bearing.id, date: '2026-02-20', stage: 6 },
        { linkId: steel.id, date: '2026-01-10', stage: 6 },
        { linkId: grinding.id, date: '2026-03-03', stage: 6 },
        { linkId: bearing.id, date: '2026-03-30', stage: 7 },
      ],
    },
  });

  test('rebuilds each month-end figure from the stages links had reached by then', () => {
    const points = computeMetrics(input).trend;
    expect(
      points.map((p) => [p.date, p.selfSufficiency.numerator, p.processAdoption.numerator]),
    ).toEqual([
      ['2026-01-31', 1, 0],
      ['2026-02-28', 2, 0],
      ['2026-03-31', 2, 1],
      ['2026-04-10', 2, 1],
    ]);
    expect(points.every((p) => p.selfSufficiency.denominator === 2)).toBe(true);
  });

  test('ends on today’s figure', () => {
    const report = computeMetrics(input);
    expect(report.trend.at(-1)).toEqual({
      date: '2026-04-10',
      selfSufficiency: report.selfSufficiency,
      processAdoption: report.processAdoption,
    });
  });

  test('counts a link that left batch supply as no longer covering its node', () => {
    const points = computeMetrics({
      ...input,
      stageEvents: [...input.stageEvents, { linkId: steel.id, date: '2026-02-01', stage: 5 }],
    }).trend;
    expect(points.map((p) => p.selfSufficiency.numerator).slice(0, 3)).toEqual([1, 1, 1]);
  });

  test('is empty without any stage history', () => {
    expect(computeMetrics({ ...input, stageEvents: [] }).trend).toEqual([]);
  });

  test('steps by quarter over long spans and by year over very long ones', () => {
    expect(trendDates('2020-02-10', '2021-01-05')).toHaveLength(12);
    const quarterly = trendDates('2018-01-01', '2026-11-26');
    expect(quarterly.slice(0, 2)).toEqual(['2018-03-31', '2018-06-30']);
    expect(quarterly.at(-1)).toBe('2026-11-26');
    expect(trendDates('2010-05-01', '2026-11-26').slice(0, 2)).toEqual([
      '2010-12-31',
      '2011-12-31',
    ]);
  });
});

import { describe, expect, test } from 'vitest';
import { trendOption } from '../../renderer/features/dashboard/charts/trend-option.js';
import { formatPercent, pointsShort } from '../../renderer/features/dashboard/format.js';
import { stageTone, toneRanges } from '../../renderer/features/overlays/stage-tone.js';

describe('dashboard helpers', () => {
  test('word a rate as a percentage, and no value as a dash', () => {
    expect(formatPercent('en', 7 / 19)).toBe('36.8%');
    expect(formatPercent('zh-Hans', 0.5)).toBe('50%');
    expect(formatPercent('en', null)).toBe('—');
  });

  test('count the points still short of a target, never below zero', () => {
    expect(pointsShort(7 / 19, 0.4)).toBe(3.2);
    expect(pointsShort(0.8, 0.7)).toBe(0);
    expect(pointsShort(null, 0.5)).toBe(50);
  });

  test('draw each policy target as a dashed line on its own series', () => {
    const option = trendOption(
      [],
      { selfSufficiency: [{ year: 2025, value: 0.7 }], processAdoption: [] },
      {
        selfSufficiency: 'SS',
        processAdoption: 'PA',
        target: (target) => `target ${String(target.year)}`,
        percent: String,
      },
    );
    const series = option.series as { markLine: { data: unknown[] } }[];
    expect(series[0]?.markLine.data).toEqual([{ yAxis: 0.7, name: 'target 2025' }]);
    expect(series[1]?.markLine.data).toEqual([]);
  });
});

describe('stage overlay tones', () => {
  test('tell no supplier, early, middle, last step before batch, and batch supply apart', () => {
    expect([null, 0, 2, 3, 4, 5, 6, 7].map((stage) => stageTone(stage, 6))).toEqual([
      'none',
      'early',
      'early',
      'mid',
      'mid',
      'late',
      'batch',
      'batch',
    ]);
  });

  test('cover every stage of any list once in the legend', () => {
    expect(toneRanges(8, 6)).toEqual([
      { tone: 'early', from: 0, to: 2 },
      { tone: 'mid', from: 3, to: 4 },
      { tone: 'late', from: 5, to: 5 },
      { tone: 'batch', from: 6, to: 7 },
    ]);
    expect(toneRanges(5, 4).map((range) => range.tone)).toEqual(['early', 'mid', 'late', 'batch']);
  });
});

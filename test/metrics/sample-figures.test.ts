import { describe, expect, test } from 'vitest';
import { servicesFor, tempDir } from '../services/helpers.js';

/** A fixed day, so overdue flags do not drift with the calendar. */
const NOW = Date.UTC(2026, 10, 26, 12);

async function sampleReport() {
  const services = servicesFor({ userDataDir: tempDir(), now: () => NOW });
  await services.openSample();
  return services.handlers['metrics.get'](undefined);
}

const parts = (rate: { numerator: number; denominator: number }) => [
  rate.numerator,
  rate.denominator,
];

describe('the sample project’s figures', () => {
  test('self-sufficiency is 7 of 19 key components and materials, process adoption 1 of 3', async () => {
    const report = await sampleReport();
    expect(report.selfSufficiency).toEqual({ value: 7 / 19, numerator: 7, denominator: 19 });
    expect(report.processAdoption).toEqual({ value: 1 / 3, numerator: 1, denominator: 3 });
    expect(report.byProduct.map((roll) => [roll.name, ...parts(roll.selfSufficiency)])).toEqual([
      ['五轴数控加工中心', 7, 19],
    ]);
  });

  test('rolls up per subsystem over everything upstream of it', async () => {
    const report = await sampleReport();
    const bySubsystem = Object.fromEntries(
      report.bySubsystem.map((roll) => [
        roll.name,
        [...parts(roll.selfSufficiency), ...parts(roll.processAdoption)],
      ]),
    );
    expect(bySubsystem).toEqual({
      数控系统: [1, 4, 0, 0],
      主轴系统: [1, 4, 0, 1],
      直线进给系统: [4, 7, 1, 2],
      摇篮式双轴转台: [2, 6, 1, 2],
      检测与反馈系统: [0, 3, 1, 1],
      刀库与自动换刀: [2, 2, 0, 2],
      床身与结构件: [0, 0, 0, 0],
      '液压、气动与润滑': [0, 0, 0, 0],
      冷却与排屑: [0, 0, 0, 0],
    });
  });

  test('flags 76 need nodes, counted per flag', async () => {
    const report = await sampleReport();
    expect(report.flaggedNodes).toBe(76);
    expect(report.severityCounts).toEqual({ critical: 11, high: 59, medium: 6, low: 0 });
    expect(report.flagCounts).toEqual({
      no_supplier: 11,
      blocked: 3,
      single_source: 59,
      import_only: 8,
      hidden_shared_dependency: 5,
      single_country: 0,
      long_recovery_time: 34,
      overdue_stage: 8,
      domestic_alternative_qualifying: 32,
    });
  });

  test('rebuilds the trend from the sample’s three years of stage history', async () => {
    const report = await sampleReport();
    expect(report.trend[0]).toEqual({
      date: '2023-03-31',
      selfSufficiency: { value: 0, numerator: 0, denominator: 19 },
      processAdoption: { value: 1 / 3, numerator: 1, denominator: 3 },
    });
    expect(report.trend.at(-1)?.selfSufficiency).toEqual(report.selfSufficiency);
  });
});

import type { MetricTarget } from '../../../../shared/graph/metrics/rate.js';
import type { TrendPoint } from '../../../../shared/graph/metrics/trend.js';
import type { ChartOption } from './echarts.js';
import { CHART_COLORS, CHART_FONT } from './palette.js';

export interface TrendLabels {
  selfSufficiency: string;
  processAdoption: string;
  /** e.g. "2025 target 70%". */
  target: (target: MetricTarget) => string;
  percent: (value: number) => string;
}

interface TargetLine {
  yAxis: number;
  name: string;
}

const targetLines = (targets: readonly MetricTarget[], labels: TrendLabels): TargetLine[] =>
  targets.map((target) => ({ yAxis: target.value, name: labels.target(target) }));

/** Both rates over time, each with its policy targets as dashed lines. */
export function trendOption(
  points: readonly TrendPoint[],
  targets: { selfSufficiency: readonly MetricTarget[]; processAdoption: readonly MetricTarget[] },
  labels: TrendLabels,
): ChartOption {
  const series = (name: string, color: string, values: (number | null)[], lines: TargetLine[]) => ({
    type: 'line' as const,
    name,
    data: values,
    color,
    symbolSize: 5,
    connectNulls: true,
    lineStyle: { width: 2 },
    markLine: {
      silent: true,
      symbol: 'none',
      lineStyle: { type: 'dashed' as const, color, opacity: 0.55 },
      label: { formatter: '{b}', position: 'insideEndTop' as const, ...CHART_FONT, color },
      data: lines,
    },
  });
  return {
    animation: false,
    textStyle: CHART_FONT,
    grid: { left: 44, right: 16, top: 34, bottom: 28 },
    legend: { top: 0, left: 0, itemWidth: 14, itemHeight: 8, textStyle: CHART_FONT },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value) => (typeof value === 'number' ? labels.percent(value) : '—'),
    },
    xAxis: {
      type: 'category',
      data: points.map((point) => point.date),
      axisLine: { lineStyle: { color: CHART_COLORS.grid } },
      axisLabel: CHART_FONT,
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: 1,
      splitLine: { lineStyle: { color: CHART_COLORS.grid } },
      axisLabel: { ...CHART_FONT, formatter: (value: number) => labels.percent(value) },
    },
    series: [
      series(
        labels.selfSufficiency,
        CHART_COLORS.selfSufficiency,
        points.map((point) => point.selfSufficiency.value),
        targetLines(targets.selfSufficiency, labels),
      ),
      series(
        labels.processAdoption,
        CHART_COLORS.processAdoption,
        points.map((point) => point.processAdoption.value),
        targetLines(targets.processAdoption, labels),
      ),
    ],
  };
}

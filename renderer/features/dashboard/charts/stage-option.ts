import type { StageCount } from '../../../../shared/graph/metrics/stage-distribution.js';
import type { ChartOption } from './echarts.js';
import { CHART_COLORS, CHART_FONT } from './palette.js';

export interface StageLabels {
  stage: (index: number) => string;
  domestic: string;
  import: string;
}

/** Supply links per stage, domestic and import stacked. */
export function stageOption(counts: readonly StageCount[], labels: StageLabels): ChartOption {
  const bar = (name: string, color: string, data: number[]) => ({
    type: 'bar' as const,
    name,
    stack: 'links',
    color,
    barMaxWidth: 34,
    data,
  });
  return {
    animation: false,
    textStyle: CHART_FONT,
    grid: { left: 34, right: 12, top: 34, bottom: 56 },
    legend: { top: 0, left: 0, itemWidth: 14, itemHeight: 8, textStyle: CHART_FONT },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: {
      type: 'category',
      data: counts.map((count) => labels.stage(count.stage)),
      axisLine: { lineStyle: { color: CHART_COLORS.grid } },
      axisLabel: { ...CHART_FONT, interval: 0, rotate: 30 },
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      splitLine: { lineStyle: { color: CHART_COLORS.grid } },
      axisLabel: CHART_FONT,
    },
    series: [
      bar(
        labels.domestic,
        CHART_COLORS.domestic,
        counts.map((count) => count.domestic),
      ),
      bar(
        labels.import,
        CHART_COLORS.import,
        counts.map((count) => count.import),
      ),
    ],
  };
}

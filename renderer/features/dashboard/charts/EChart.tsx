import { useEffect, useRef } from 'react';
import { initChart, type ChartOption, type ECharts } from './echarts.js';

interface EChartProps {
  option: ChartOption;
  /** Accessible name: the canvas itself says nothing to a screen reader. */
  label: string;
  testId: string;
}

/**
 * One ECharts canvas. The chart lives as long as the element; a new option replaces the old
 * one whole (notMerge), and the chart follows its box when the window or layout resizes.
 */
export function EChart({ option, label, testId }: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const instance = initChart(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div className="chart" ref={box} role="img" aria-label={label} data-testid={testId} />;
}

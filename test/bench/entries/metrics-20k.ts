import os from 'node:os';
import { computeMetrics } from '../../../shared/graph/metrics/report.js';
import { localDay, metricsInputOf } from '../../../electron/services/metrics/index.js';
import { openProjectStore } from '../../../electron/services/index.js';
import type { BenchEntry } from '../entry.js';
import { median } from '../measure.js';
import { naiveMetrics } from '../metrics-20k-naive.js';

/** Repeats inside one run: the figure is the median, so one GC pause does not decide it. */
const REPEATS = 9;

/** Wall and CPU milliseconds of one call: on a busy machine the two part ways. */
function timed(work: () => unknown): { wall: number; cpu: number } {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  work();
  const wall = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

/**
 * All metrics, roll-ups, flags, top risks and the trend of a 20k-node project (read from the
 * file once, not timed), against the naive per-node breadth-first baseline on the same input.
 */
export const metrics20k: BenchEntry = {
  name: 'metrics_20k_ms',
  unit: 'ms',
  budget: 100,
  measure(context) {
    const store = openProjectStore(context.graphFile(20_000), { readOnly: true });
    let input;
    try {
      input = metricsInputOf(store, localDay(Date.now()));
    } finally {
      store.close();
    }
    const project = input;
    computeMetrics(project);
    const runs = Array.from({ length: REPEATS }, () => timed(() => computeMetrics(project)));
    const baseline = timed(() => naiveMetrics(project));
    const cpu = median(runs.map((run) => run.cpu));
    const note =
      `${String(input.nodes.length)} nodes, ${String(input.edges.length)} edges, ` +
      `${String(input.links.length)} links; CPU ${cpu.toFixed(1)} ms; ` +
      `load ${os.loadavg()[0]?.toFixed(1) ?? '?'}`;
    return Promise.resolve({
      value: median(runs.map((run) => run.wall)),
      baseline: baseline.wall,
      note,
    });
  },
};

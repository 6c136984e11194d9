import { openBaseline, openLongmai } from '../browser.js';
import type { BenchEntry } from '../entry.js';
import { dragFrames, percentile } from '../measure.js';

/** p95 frame time panning while zoomed out to show all 5,000 need nodes (as opened). */
export const overview5k: BenchEntry = {
  name: 'overview_p95_5k_ms',
  unit: 'ms',
  budget: 33,
  async measure({ browser, graphFile, baselineDir }) {
    const ours = await openLongmai(browser, graphFile(5_000));
    const value = percentile(await dragFrames(ours.page, '.react-flow__pane', 120, 3), 95);
    await ours.close();
    const stock = await openBaseline(browser, await baselineDir(5_000));
    const baseline = percentile(await dragFrames(stock.page, '.react-flow__pane', 120, 3), 95);
    await stock.close();
    return { value, baseline };
  },
};

import { openBaseline, openLongmai } from '../browser.js';
import type { BenchEntry } from '../entry.js';
import { heapMb } from '../measure.js';

/** The renderer's JS heap with 20,000 need nodes open, after a garbage collection. */
export const heap20k: BenchEntry = {
  name: 'heap_20k_mb',
  unit: 'MB',
  budget: 300,
  async measure({ browser, graphFile, baselineDir }) {
    const ours = await openLongmai(browser, graphFile(20_000));
    const value = await heapMb(ours.page);
    await ours.close();
    const stock = await openBaseline(browser, await baselineDir(20_000));
    const baseline = await heapMb(stock.page);
    await stock.close();
    return { value, baseline };
  },
};

import { openBaseline, openLongmai } from '../browser.js';
import type { BenchEntry } from '../entry.js';

export const open20k: BenchEntry = {
  name: 'open_20k_ms',
  unit: 'ms',
  budget: 2000,
  async measure({ browser, graphFile, baselineDir }) {
    const ours = await openLongmai(browser, graphFile(20_000));
    await ours.close();
    const stock = await openBaseline(browser, await baselineDir(20_000));
    await stock.close();
    return { value: ours.openMs, baseline: stock.openMs };
  },
};

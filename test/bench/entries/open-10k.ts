import { openBaseline, openLongmai } from '../browser.js';
import type { BenchEntry } from '../entry.js';

/** Navigation to interactive on 10,000 need nodes: ≤ 1.0 s and ≤ 0.3× stock React Flow. */
export const open10k: BenchEntry = {
  name: 'open_10k_ms',
  unit: 'ms',
  budget: 1000,
  async measure({ browser, graphFile, baselineDir }) {
    const ours = await openLongmai(browser, graphFile(10_000));
    await ours.close();
    const stock = await openBaseline(browser, await baselineDir(10_000));
    await stock.close();
    return { value: ours.openMs, baseline: stock.openMs };
  },
  pass: (value, baseline) => value <= 1000 && baseline !== null && value <= 0.3 * baseline,
};

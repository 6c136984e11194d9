import { openBaselinePlain, openLongmaiPlain } from '../open-plain.js';
import type { BenchEntry } from '../entry.js';

export const open20k: BenchEntry = {
  name: 'open_20k_ms',
  unit: 'ms',
  budget: 2000,
  async measure({ plainBrowser, graphFile, baselineDir }) {
    const browser = await plainBrowser();
    const value = await openLongmaiPlain(browser, graphFile(20_000));
    const baseline = await openBaselinePlain(browser, await baselineDir(20_000));
    return { value, baseline };
  },
};

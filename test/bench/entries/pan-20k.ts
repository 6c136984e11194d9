import { openBaseline, openLongmai, type Opened } from '../browser.js';
import type { BenchEntry } from '../entry.js';
import { dragFrames, percentile, zoomTo } from '../measure.js';
import { startProfile } from '../profile.js';

/** p95 frame time of a scripted pan at zoom 1 over 20,000 need nodes. */
async function panP95(opened: Opened): Promise<number> {
  await zoomTo(opened.page, 1);
  return percentile(await dragFrames(opened.page, '.react-flow__pane', 60, 8), 95);
}

export const pan20k: BenchEntry = {
  name: 'pan_p95_20k_ms',
  unit: 'ms',
  budget: 16.7,
  async measure({ browser, graphFile, baselineDir }) {
    const ours = await openLongmai(browser, graphFile(20_000));
    const stopProfile = await startProfile(ours.page, 'pan-20k');
    const value = await panP95(ours);
    await stopProfile();
    await ours.close();
    const stock = await openBaseline(browser, await baselineDir(20_000));
    const baseline = await panP95(stock);
    await stock.close();
    return { value, baseline };
  },
};

import { openBaseline, openLongmai, type Opened } from '../browser.js';
import type { BenchEntry } from '../entry.js';
import { dragFrames, percentile, zoomTo } from '../measure.js';

/** p95 frame time while dragging one need node among 20,000, at zoom 1. */
async function dragP95(opened: Opened): Promise<number> {
  await zoomTo(opened.page, 1);
  await opened.page.waitForSelector('.react-flow__node');
  return percentile(await dragFrames(opened.page, '.react-flow__node', 30, 4), 95);
}

export const drag20k: BenchEntry = {
  name: 'drag_20k_ms',
  unit: 'ms',
  budget: null,
  async measure({ browser, graphFile, baselineDir }) {
    const ours = await openLongmai(browser, graphFile(20_000));
    const value = await dragP95(ours);
    await ours.close();
    const stock = await openBaseline(browser, await baselineDir(20_000));
    const baseline = await dragP95(stock);
    await stock.close();
    return { value, baseline };
  },
};

import { openLongmai } from '../browser.js';
import type { BenchEntry } from '../entry.js';
import { startProfile } from '../profile.js';

const ROWS = 1000;

/** Undo of a 1,000-row paste: from Ctrl+Z to the store (status bar) showing the old count. */
export const undoPaste1k: BenchEntry = {
  name: 'undo_paste_1k_ms',
  unit: 'ms',
  budget: 200,
  async measure({ browser, graphFile }) {
    const ours = await openLongmai(browser, graphFile(1_000));
    const { page } = ours;
    const rows = Array.from(
      { length: ROWS },
      (_, i) => `粘贴件 ${String(i)}\tPB-${String(i)}\t零部件`,
    );
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    }, rows.join('\n'));
    await page.waitForSelector('[data-message-key="paste.done"]', { timeout: 60_000 });
    const stopProfile = await startProfile(page, 'undo-paste-1k');
    const value = await page.evaluate(async () => {
      // No named helpers in here: the page cannot see the bundler's function-naming shim.
      const status = document.querySelector('[data-testid="status-counts"]');
      const before = status?.textContent;
      const start = performance.now();
      window.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true }),
      );
      while (status?.textContent === before) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      return performance.now() - start;
    });
    await stopProfile();
    await ours.close();
    return { value, baseline: null };
  },
};

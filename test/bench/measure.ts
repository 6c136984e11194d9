import type { Page } from 'playwright-core';

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** The renderer's JS heap after a garbage collection, in MB (CDP Runtime.getHeapUsage). */
export async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / (1024 * 1024);
}

/** Zoom the React Flow view to `zoom` around the pane's centre with one wheel event. */
export async function zoomTo(page: Page, zoom: number): Promise<void> {
  await page.evaluate((target) => {
    const viewport = document.querySelector('.react-flow__viewport');
    const pane = document.querySelector('.react-flow__pane');
    if (!viewport || !pane) throw new Error('no React Flow viewport');
    const current = new DOMMatrix(getComputedStyle(viewport).transform).a;
    const box = pane.getBoundingClientRect();
    // React Flow's wheel zoom: scale × 2^(−deltaY × 0.002).
    const deltaY = -Math.log2(target / current) / 0.002;
    pane.dispatchEvent(
      new WheelEvent('wheel', {
        deltaY,
        clientX: box.left + box.width / 2,
        clientY: box.top + box.height / 2,
        bubbles: true,
        cancelable: true,
        view: window,
      }),
    );
  }, zoom);
  await page.waitForTimeout(400);
}

/** A scripted drag stops after this long even if not every frame ran, so a slow page ends. */
const DRAG_TIME_CAP_MS = 20_000;

/**
 * Frame times (ms between animation frames) while a mouse drag moves `step` px per frame,
 * started on the element matching `selector` (the pane to pan, a node to drag). At most
 * `frames` frames and DRAG_TIME_CAP_MS; fewer frames than asked means the cap was hit.
 */
export async function dragFrames(
  page: Page,
  selector: string,
  frames: number,
  step: number,
): Promise<number[]> {
  return page.evaluate(
    async ({ selector, frames, step, cap }) => {
      const target = document.querySelector(selector);
      if (!target) throw new Error(`nothing matches ${selector}`);
      const box = target.getBoundingClientRect();
      let x = box.left + Math.min(box.width / 2, 40);
      let y = box.top + Math.min(box.height / 2, 20);
      // No named helpers in here: the page cannot see the bundler's function-naming shim.
      const init = { buttons: 1, button: 0, bubbles: true, cancelable: true, view: window };
      target.dispatchEvent(new MouseEvent('mousedown', { ...init, clientX: x, clientY: y }));
      const times: number[] = [];
      const started = performance.now();
      let last = started;
      for (let i = 0; i < frames && last - started < cap; i++) {
        x -= step;
        y -= step / 4;
        target.dispatchEvent(new MouseEvent('mousemove', { ...init, clientX: x, clientY: y }));
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const now = performance.now();
        times.push(now - last);
        last = now;
      }
      target.dispatchEvent(new MouseEvent('mouseup', { ...init, clientX: x, clientY: y }));
      return times.slice(2);
    },
    { selector, frames, step, cap: DRAG_TIME_CAP_MS },
  );
}

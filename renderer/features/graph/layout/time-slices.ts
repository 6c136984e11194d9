/** Main-thread work between two yields: a frame or a timer tick is never held up longer. */
const SLICE_MS = 8;

/** A fresh task, so input, timers and a frame can run before the next slice. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Run `step(0)` … `step(count - 1)` in slices of about SLICE_MS, each its own task. */
export async function inSlices(count: number, step: (index: number) => void): Promise<void> {
  let index = 0;
  while (index < count) {
    const until = performance.now() + SLICE_MS;
    // The clock is read every 256 steps: a step is far cheaper than reading it.
    do {
      step(index);
      index += 1;
    } while (index < count && ((index & 255) !== 0 || performance.now() < until));
    if (index < count) await nextTask();
  }
}

import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { describe } from 'vitest';
import { e2eAvailability, type E2EAvailability } from './availability.js';

/**
 * Print the skip notice once per test run, not once per file: every test file runs in its own
 * worker, so a marker file named after the run's main process tells later workers to stay quiet.
 */
function announceSkipOnce(reason: string): void {
  const runId = isMainThread ? process.ppid : process.pid;
  const marker = path.join(os.tmpdir(), `longmai-e2e-skip-notice-${runId}`);
  try {
    writeFileSync(marker, reason, { flag: 'wx' });
  } catch {
    return;
  }
  process.stderr.write(`\n!!! ${reason}\n\n`);
}

/** `describe` when end-to-end tests can run here; `describe.skip` plus one loud line otherwise. */
export function describeE2E(name: string, body: (availability: E2EAvailability) => void): void {
  const availability = e2eAvailability();
  if (availability.mode === 'none') {
    announceSkipOnce(availability.reason);
    describe.skip(name, () => body(availability));
    return;
  }
  describe(name, () => body(availability));
}

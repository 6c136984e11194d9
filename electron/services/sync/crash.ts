/**
 * Test hook for the crash test (test/sync/crash.test.ts): when LONGMAI_CRASH_AT names this
 * point, the process kills itself on the spot, as a power cut would. Unset, it does nothing.
 */
export type CrashPoint = 'verified' | 'mid-apply' | 'before-commit' | 'after-commit';

export function crashPointSet(): boolean {
  return process.env.LONGMAI_CRASH_AT !== undefined;
}

export function maybeCrash(point: CrashPoint): void {
  if (process.env.LONGMAI_CRASH_AT === point) process.kill(process.pid, 'SIGKILL');
}

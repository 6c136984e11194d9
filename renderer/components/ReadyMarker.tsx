/**
 * Present once the current view shows its data: end-to-end tests and screenshots wait for it
 * (see test/e2e/harness/ready.ts) instead of guessing with timeouts.
 */
export function ReadyMarker() {
  return <span hidden data-testid="app-ready" />;
}

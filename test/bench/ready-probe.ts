import { BENCH_READY_PATH } from './bench-server-messages.js';

/**
 * A page script that marks when the ready marker appears and two frames later (the time from
 * the navigation start in `window.__interactiveAt`). With `report`, it also posts that time and
 * the page's size to the bench server: a browser without DevTools has no other way to tell.
 */
export function readyProbe({ report }: { report: boolean }): string {
  const post = report
    ? `fetch(${JSON.stringify(BENCH_READY_PATH)}, { method: 'POST', body: JSON.stringify({ interactiveAt: window.__interactiveAt, width: innerWidth, height: innerHeight }) });`
    : '';
  return `(() => {
  const seen = () => {
    if (!document.querySelector('[data-testid="app-ready"]')) return false;
    requestAnimationFrame(() => requestAnimationFrame(() => {
      window.__interactiveAt = performance.now();
      ${post}
    }));
    return true;
  };
  const observer = new MutationObserver(() => { if (seen()) observer.disconnect(); });
  document.addEventListener('DOMContentLoaded', () => observer.observe(document.body, { childList: true, subtree: true, attributes: true }));
})();`;
}

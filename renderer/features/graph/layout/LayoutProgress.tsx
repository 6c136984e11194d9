import { useEffect, useState } from 'react';
import { useT } from '../../../i18n/use-t.js';
import { useAppStoreApi } from '../../../store/react.js';
import type { LayoutRun } from '../../../store/types.js';
import { cancelLayout } from './layout-runner.js';

const TICK_MS = 250;
const TURN_PER_TICK_DEG = 45;

/**
 * The running layout: its phase, a spinner and the seconds so far, cancellable. One timer moves
 * the spinner a step and the seconds on each tick; an endless CSS animation would have the
 * compositor draw the whole window every frame for as long as the layout runs, taking CPU from
 * the layout on a 2-core machine.
 */
export function LayoutProgress({ run }: { run: LayoutRun }) {
  const t = useT();
  const store = useAppStoreApi();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), TICK_MS);
    return () => window.clearInterval(timer);
  }, []);
  const elapsed = Math.max(0, now - run.startedAt);
  const turn = Math.floor(elapsed / TICK_MS) * TURN_PER_TICK_DEG;
  return (
    <div className="banner banner--progress" role="status" data-testid="layout-progress">
      <span
        className="banner__spinner"
        aria-hidden="true"
        style={{ transform: `rotate(${String(turn % 360)}deg)` }}
      />
      <span>
        {t(`layout.phase.${run.phase}`, { count: run.nodeCount })} · {(elapsed / 1000).toFixed(1)} s
      </span>
      <div className="banner__bar" aria-hidden="true">
        <div className={`banner__fill banner__fill--${run.phase}`} />
      </div>
      <button
        type="button"
        className="button"
        data-testid="layout-cancel"
        disabled={run.phase === 'saving'}
        onClick={() => cancelLayout(store)}
      >
        {t('layout.cancel')}
      </button>
    </div>
  );
}

import { useEffect, useRef, useState } from 'react';

/**
 * The value, taking a new one at most once per `ms` (the latest always arrives): a drag
 * changes the need nodes every frame, and what redraws the whole graph need not follow each.
 * A change after a quiet spell shows in the same render, so a first load is drawn at once
 * rather than one render (and one wasted drawing) later; the value shown is then held for
 * `ms`, and what changed meanwhile arrives when the hold ends.
 */
export function useThrottled<T>(value: T, ms: number): T {
  const [held, setHeld] = useState<{ value: T } | null>(null);
  const lastHeld = useRef(value);
  useEffect(() => {
    if (held !== null || value === lastHeld.current) return;
    const hold = () => {
      lastHeld.current = value;
      setHeld({ value });
    };
    hold();
  }, [held, value]);
  useEffect(() => {
    if (held === null) return;
    const timer = setTimeout(() => setHeld(null), ms);
    return () => clearTimeout(timer);
  }, [held, ms]);
  return held === null ? value : held.value;
}

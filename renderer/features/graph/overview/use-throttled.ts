import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The value, taking a new one at most once per `ms` (the latest always arrives): a drag
 * changes the need nodes every frame, and what redraws the whole graph need not follow each.
 */
export function useThrottled<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  const last = useRef(0);
  useLayoutEffect(() => {
    if (value === shown) return;
    const take = () => {
      last.current = performance.now();
      setShown(value);
    };
    const wait = last.current + ms - performance.now();
    if (wait <= 0) {
      take();
      return;
    }
    const timer = setTimeout(take, wait);
    return () => clearTimeout(timer);
  }, [value, shown, ms]);
  return shown;
}

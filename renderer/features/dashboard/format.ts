import type { Locale } from '../../../shared/i18n/locales.js';
import type { Rate } from '../../../shared/graph/metrics/rate.js';

/** A fraction 0-1 as a percentage in the user's language, e.g. "36.8%"; "—" for no value. */
export function formatPercent(locale: Locale, value: number | null): string {
  if (value === null) return '—';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(
    value,
  );
}

export function formatRate(locale: Locale, rate: Rate): string {
  return formatPercent(locale, rate.value);
}

/** Percentage points between a rate and a target, rounded to one decimal, never negative. */
export function pointsShort(value: number | null, target: number): number {
  const gap = (target - (value ?? 0)) * 100;
  return Math.max(0, Math.round(gap * 10) / 10);
}

/**
 * A metric as a fraction with its parts. `value` is numerator / denominator in 0..1, or null
 * when the denominator is 0 (nothing to count: the UI shows "—", never 0% or 100%).
 */
export interface Rate {
  value: number | null;
  numerator: number;
  denominator: number;
}

export function rate(numerator: number, denominator: number): Rate {
  return { value: denominator === 0 ? null : numerator / denominator, numerator, denominator };
}

/** Policy targets (Industrial Foundation Strengthening Project guide, 2016-2020). */
export interface MetricTarget {
  year: number;
  value: number;
}

export const SELF_SUFFICIENCY_TARGETS: readonly MetricTarget[] = [
  { year: 2020, value: 0.4 },
  { year: 2025, value: 0.7 },
];

export const PROCESS_ADOPTION_TARGETS: readonly MetricTarget[] = [{ year: 2020, value: 0.5 }];

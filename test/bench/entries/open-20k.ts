import { measureOpening } from '../open-plain.js';
import type { BenchEntry } from '../entry.js';

export const open20k: BenchEntry = {
  name: 'open_20k_ms',
  unit: 'ms',
  budget: 2000,
  measure: (context) => measureOpening(context, 20_000),
};

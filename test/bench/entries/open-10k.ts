import { measureOpening } from '../open-plain.js';
import type { BenchEntry } from '../entry.js';

/** Navigation to interactive on 10,000 need nodes: ≤ 1.0 s and ≤ 0.3× stock React Flow. */
export const open10k: BenchEntry = {
  name: 'open_10k_ms',
  unit: 'ms',
  budget: 1000,
  measure: (context) => measureOpening(context, 10_000),
  pass: (value, baseline) => value <= 1000 && baseline !== null && value <= 0.3 * baseline,
};

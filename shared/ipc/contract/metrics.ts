import { z } from 'zod';
import type { MetricsReport } from '../../graph/metrics/report.js';
import type { WhatIfResult } from '../../graph/metrics/what-if.js';
import { idSchema } from '../../model/schemas.js';
import { noArgs } from './no-args.js';

const MAX_LOST = 10_000;

/** Metrics, risk flags and what-if: computed from the open project, never stored. */
export const METRICS_METHODS = {
  'metrics.get': { args: noArgs, result: {} as MetricsReport },
  'metrics.whatIf': {
    args: z
      .object({
        lostPartyIds: z.array(idSchema).max(MAX_LOST),
        lostNodeIds: z.array(idSchema).max(MAX_LOST),
      })
      .strict(),
    result: {} as WhatIfResult,
  },
} as const;

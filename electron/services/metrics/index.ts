import { computeMetrics, type MetricsReport } from '../../../shared/graph/metrics/report.js';
import {
  whatIf,
  type WhatIfResult,
  type WhatIfScenario,
} from '../../../shared/graph/metrics/what-if.js';
import { LongmaiError } from '../../../shared/ipc/errors.js';
import type { ProjectStore } from '../store/index.js';
import { localDay, metricsInputOf } from './input.js';

/** The project's metrics, flags, roll-ups and trend as of the day `nowMs` falls on. */
export function projectMetrics(store: ProjectStore, nowMs: number): MetricsReport {
  return computeMetrics(metricsInputOf(store, localDay(nowMs)));
}

/** What losing these parties and need nodes would do; every id must exist in the project. */
export function projectWhatIf(
  store: ProjectStore,
  nowMs: number,
  scenario: WhatIfScenario,
): WhatIfResult {
  for (const id of scenario.lostPartyIds) {
    if (!store.party(id)) throw new LongmaiError('E_NOT_FOUND', `no party with id ${id}`, { id });
  }
  for (const id of scenario.lostNodeIds) {
    if (!store.node(id)) {
      throw new LongmaiError('E_NOT_FOUND', `no need node with id ${id}`, { id });
    }
  }
  return whatIf(metricsInputOf(store, localDay(nowMs)), scenario);
}

export { localDay, metricsInputOf } from './input.js';

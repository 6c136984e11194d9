import type { ContractHandlers } from '../../../shared/ipc/contract.js';
import { projectMetrics, projectWhatIf } from '../metrics/index.js';
import type { ProjectSession } from '../session.js';
import { settle } from './settle.js';

type MetricsMethods = 'metrics.get' | 'metrics.whatIf';

export function metricsHandlers(
  session: ProjectSession,
  now: () => number,
): Pick<ContractHandlers, MetricsMethods> {
  return {
    'metrics.get': () => settle(() => projectMetrics(session.require(), now())),
    'metrics.whatIf': (args) => settle(() => projectWhatIf(session.require(), now(), args)),
  };
}

import { flagReason } from '../../../shared/graph/metrics/reason.js';
import type { MetricsReport } from '../../../shared/graph/metrics/report.js';
import { stageNames } from '../../../shared/graph/metrics/stage-names.js';
import { parseStages } from '../../../shared/model/json-fields.js';
import { projectMetrics } from '../../services/metrics/index.js';
import { openProjectStore } from '../../services/store/index.js';
import { requiredArg } from '../args.js';
import type { CliCommand } from '../command.js';
import { EXIT_OK, writeJson } from '../output.js';
import { describeMetrics } from './metrics-text.js';

/** What `longmai metrics --json` prints: the report, each flag with its English reason. */
export function metricsJson(report: MetricsReport, stages: readonly string[]) {
  const stageName = (stage: number) => stages[stage] ?? String(stage);
  return {
    ...report,
    flags: report.flags.map((flag) => ({
      nodeId: flag.nodeId,
      flag: flag.flag,
      reason: flagReason('en', flag, stageName),
      severity: flag.severity,
      params: flag.params,
    })),
  };
}

export const metricsCommand: CliCommand = {
  words: ['metrics'],
  positionals: ['FILE'],
  options: {},
  usage: 'metrics FILE [--json]',
  summary: 'self-sufficiency, process adoption, roll-ups and risk flags with reasons',
  run(input, io) {
    const store = openProjectStore(requiredArg(input, 0), { readOnly: true });
    try {
      const report = projectMetrics(store, Date.now());
      const stages = stageNames('en', parseStages(store.project().stages));
      const json = metricsJson(report, stages);
      if (input.json) writeJson(io, json);
      else io.stdout(describeMetrics(json, stages));
    } finally {
      store.close();
    }
    return EXIT_OK;
  },
};

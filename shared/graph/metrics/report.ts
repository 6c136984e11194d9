import { analyzeGraph, analyzeSupply } from './analysis.js';
import type { RiskFlag, RiskFlagCode } from './flag-codes.js';
import { countFlags } from './flags.js';
import type { MetricsInput } from './input.js';
import {
  PROCESS_ADOPTION_TARGETS,
  SELF_SUFFICIENCY_TARGETS,
  type MetricTarget,
  type Rate,
} from './rate.js';
import type { RollUp } from './rollup.js';
import { stageDistribution, type StageCount } from './stage-distribution.js';
import { summarizeRisks, type TopRisk } from './top-risks.js';
import type { Severity } from './flag-codes.js';
import { trend, type TrendPoint } from './trend.js';

/** Everything the dashboard, the CLI and the status packet show about a project's supply. */
export interface MetricsReport {
  today: string;
  batchStage: number;
  homeCountry: string;
  selfSufficiency: Rate;
  processAdoption: Rate;
  targets: { selfSufficiency: readonly MetricTarget[]; processAdoption: readonly MetricTarget[] };
  /** Roll-ups per product/system (kind "system"). */
  byProduct: RollUp[];
  /** Roll-ups per subsystem. */
  bySubsystem: RollUp[];
  flags: RiskFlag[];
  flagCounts: Record<RiskFlagCode, number>;
  /** How many need nodes carry at least one flag, and how many by their worst severity. */
  flaggedNodes: number;
  severityCounts: Record<Severity, number>;
  /** The worst flagged need nodes (at most TOP_RISK_LIMIT), worst first. */
  topRisks: TopRisk[];
  stageDistribution: StageCount[];
  trend: TrendPoint[];
}

export function computeMetrics(input: MetricsInput): MetricsReport {
  const graph = analyzeGraph(input);
  const supply = analyzeSupply(graph);
  const risks = summarizeRisks(graph.project, supply.risks);
  return {
    today: input.today,
    batchStage: input.batchStage,
    homeCountry: input.homeCountry,
    selfSufficiency: supply.selfSufficiency,
    processAdoption: supply.processAdoption,
    targets: {
      selfSufficiency: SELF_SUFFICIENCY_TARGETS,
      processAdoption: PROCESS_ADOPTION_TARGETS,
    },
    byProduct: supply.rollUps.filter((roll) => roll.kind === 'system'),
    bySubsystem: supply.rollUps.filter((roll) => roll.kind === 'subsystem'),
    flags: supply.risks.flags,
    flagCounts: countFlags(supply.risks),
    flaggedNodes: risks.flaggedNodes,
    severityCounts: risks.bySeverity,
    topRisks: risks.top,
    stageDistribution: stageDistribution(graph.project),
    trend: trend(graph.project, supply.coverage),
  };
}

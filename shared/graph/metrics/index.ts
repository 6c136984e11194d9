// Metrics, risk flags and what-if over a project's need graph and supply links: pure functions
// on plain data (input.ts). README "Metrics" states each definition.
export * from './input.js';
export * from './rate.js';
export * from './flag-codes.js';
export { SUPPLIED_KINDS } from './flags.js';
export { SELF_SUFFICIENCY_KINDS, PROCESS_ADOPTION_KINDS } from './coverage.js';
export { ROLL_UP_KINDS, type RollUp } from './rollup.js';
export type { StageCount } from './stage-distribution.js';
export { TOP_RISK_LIMIT, type TopRisk } from './top-risks.js';
export { trendDates, type TrendPoint } from './trend.js';
export { computeMetrics, type MetricsReport } from './report.js';
export * from './what-if.js';
export * from './from-snapshot.js';
export { flagReason } from './reason.js';
export { stageNames } from './stage-names.js';

/**
 * Risk flag codes, most severe first: this order is the severity order the dashboard, the CLI
 * and the top-risk list sort by. Each code has a reason message `risk.reason.<code>` in the
 * i18n catalogs, filled from the flag's params.
 */
export const RISK_FLAGS = [
  'no_supplier',
  'blocked',
  'single_source',
  'import_only',
  'hidden_shared_dependency',
  'single_country',
  'long_recovery_time',
  'overdue_stage',
  'domestic_alternative_qualifying',
] as const;
export type RiskFlagCode = (typeof RISK_FLAGS)[number];

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const FLAG_SEVERITY: Readonly<Record<RiskFlagCode, Severity>> = {
  no_supplier: 'critical',
  blocked: 'high',
  single_source: 'high',
  import_only: 'high',
  hidden_shared_dependency: 'medium',
  single_country: 'medium',
  long_recovery_time: 'medium',
  overdue_stage: 'medium',
  domestic_alternative_qualifying: 'low',
};

/** Position in the severity order: 0 is the most severe flag. */
export function flagRank(code: RiskFlagCode): number {
  return RISK_FLAGS.indexOf(code);
}

export type FlagParams = Readonly<Record<string, string | number | readonly string[]>>;

/** One risk of one need node, with what its reason message needs. */
export interface RiskFlag {
  nodeId: string;
  flag: RiskFlagCode;
  severity: Severity;
  params: FlagParams;
}

export function isRiskFlagCode(value: string): value is RiskFlagCode {
  return (RISK_FLAGS as readonly string[]).includes(value);
}

import type { Rate } from '../../../shared/graph/metrics/rate.js';
import type { MetricsReport } from '../../../shared/graph/metrics/report.js';
import type { RiskFlagCode } from '../../../shared/graph/metrics/flag-codes.js';

interface FlagLine {
  nodeId: string;
  flag: RiskFlagCode;
  reason: string;
}

const TOP_RISKS = 15;

function percent(rate: Rate): string {
  const value = rate.value === null ? '—' : `${(rate.value * 100).toFixed(1)}%`;
  return `${value} (${String(rate.numerator)}/${String(rate.denominator)})`;
}

function targets(rate: Rate, list: readonly { year: number; value: number }[]): string {
  return list
    .map(({ year, value }) => {
      const met = rate.value !== null && rate.value >= value ? 'met' : 'not met';
      return `${String(value * 100)}% by ${String(year)} ${met}`;
    })
    .join(', ');
}

/** The human-readable `longmai metrics` output. */
export function describeMetrics(
  report: Omit<MetricsReport, 'flags'> & { flags: FlagLine[] },
  stages: readonly string[],
): string {
  const lines = [
    `As of ${report.today}; batch supply from stage ${String(report.batchStage)} ${stages[report.batchStage] ?? ''}`,
    `Self-sufficiency:  ${percent(report.selfSufficiency)}  target ${targets(report.selfSufficiency, report.targets.selfSufficiency)}`,
    `Process adoption:  ${percent(report.processAdoption)}  target ${targets(report.processAdoption, report.targets.processAdoption)}`,
    '',
  ];
  for (const [title, rolls] of [
    ['Products/systems', report.byProduct],
    ['Subsystems', report.bySubsystem],
  ] as const) {
    lines.push(`${title}:`);
    for (const roll of rolls) {
      lines.push(
        `  ${roll.name}: self-sufficiency ${percent(roll.selfSufficiency)}, process adoption ${percent(roll.processAdoption)}`,
      );
    }
    lines.push('');
  }
  lines.push(`Risk flags (${String(report.flaggedNodes)} need nodes flagged):`);
  for (const [flag, count] of Object.entries(report.flagCounts)) {
    lines.push(`  ${flag.padEnd(34)} ${String(count)}`);
  }
  lines.push('', 'Top risks:');
  const reasons = new Map<string, FlagLine[]>();
  for (const flag of report.flags)
    reasons.set(flag.nodeId, [...(reasons.get(flag.nodeId) ?? []), flag]);
  for (const risk of report.topRisks.slice(0, TOP_RISKS)) {
    lines.push(`  ${risk.name}${risk.keyItem ? ' (key item)' : ''}`);
    for (const flag of reasons.get(risk.nodeId) ?? [])
      lines.push(`    [${flag.flag}] ${flag.reason}`);
  }
  return `${lines.join('\n')}\n`;
}

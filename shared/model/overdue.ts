import type { SupplyLink, Transition } from './entities.js';
import { parseStageTargets } from './json-fields.js';
import type { StageDef } from './templates.js';

type LinkPlan = Pick<SupplyLink, 'stage' | 'stageTargets' | 'targetDate'>;

/**
 * Target date of the link's next stage: its per-stage plan, else the single `targetDate` of
 * older files; '' when there is no next stage or no target.
 */
export function nextStageTarget(link: LinkPlan, stages: readonly StageDef[]): string {
  const next = stages[link.stage + 1];
  if (!next) return '';
  return parseStageTargets(link.stageTargets)[next.key] ?? link.targetDate;
}

/** Past the target date of its next stage (dates as YYYY-MM-DD, `today` included as on time). */
export function isOverdue(link: LinkPlan, stages: readonly StageDef[], today: string): boolean {
  const target = nextStageTarget(link, stages);
  return target !== '' && target < today;
}

/** Today's date as YYYY-MM-DD in local time: what a user means by "today". */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** One stage of a link's timeline: the plan, the approved date and the supplier's report. */
export interface StagePlanRow {
  index: number;
  key: string;
  planned: string;
  approved: string;
  reported: string;
  /** Reached late (approved after the plan), or still not reached with the plan passed. */
  late: boolean;
}

/**
 * Planned against actual per stage: the first approval and the first report that reached each
 * stage (a later regression does not erase when it was first reached).
 */
export function stagePlanVsActual(
  link: LinkPlan,
  stages: readonly StageDef[],
  transitions: readonly Transition[],
  today: string,
): StagePlanRow[] {
  const targets = parseStageTargets(link.stageTargets);
  const ordered = [...transitions].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const first = (kind: Transition['kind'], key: string): string =>
    ordered.find((t) => t.kind === kind && t.toStage === key)?.date ?? '';
  return stages.map((stage, index) => {
    const planned = targets[stage.key] ?? (index === link.stage + 1 ? link.targetDate : '');
    const approved = first('approved', stage.key);
    const reached = index <= link.stage;
    const late =
      planned !== '' && (approved !== '' ? approved > planned : !reached && planned < today);
    return {
      index,
      key: stage.key,
      planned,
      approved,
      reported: first('reported', stage.key),
      late,
    };
  });
}

/** The latest date among a link's transitions; a new one may not be dated before it. */
export function lastTransitionDate(transitions: readonly Transition[]): string {
  return transitions.reduce((latest, t) => (t.date > latest ? t.date : latest), '');
}

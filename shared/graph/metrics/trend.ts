import { PROCESS_ADOPTION, SELF_SUFFICIENCY, type Coverage } from './coverage.js';
import type { IndexedProject } from './indexed.js';
import { dayNumber, dayText, sortedEvents } from './stage-events.js';
import { rate, type Rate } from './rate.js';
import { projectRates } from './rollup.js';

export interface TrendPoint {
  /** End of the period (YYYY-MM-DD); the last point is today. */
  date: string;
  selfSufficiency: Rate;
  processAdoption: Rate;
}

const MONTHLY_UP_TO = 36;
const QUARTERLY_UP_TO = 120;

/** Period ends from the first event's month to today: monthly, quarterly or yearly by span. */
export function trendDates(first: string, today: string): string[] {
  const fy = Number(first.slice(0, 4));
  const fm = Number(first.slice(5, 7)) - 1;
  const months = (Number(today.slice(0, 4)) - fy) * 12 + Number(today.slice(5, 7)) - 1 - fm;
  const step = months <= MONTHLY_UP_TO ? 1 : months <= QUARTERLY_UP_TO ? 3 : 12;
  const dates: string[] = [];
  for (let m = 0; m <= months; m++) {
    const month = fm + m;
    if ((month + 1) % step !== 0) continue;
    const end = new Date(Date.UTC(fy, month + 1, 0)).toISOString().slice(0, 10);
    if (end < today) dates.push(end);
  }
  dates.push(today);
  return dates;
}

/**
 * The project-level rates over time, rebuilt from stage history. Each point scores today's key
 * items (the denominators stay fixed) against the stage each supply link had reached by that
 * date; a link with no event yet did not exist. The last point is today's figure itself.
 */
export function trend(project: IndexedProject, current: Coverage): TrendPoint[] {
  const { input, links, domestic } = project;
  const events = sortedEvents(project);
  if (events.count === 0) return [];
  const { category } = current;
  const nodeOf = project.linkNode;
  const stage = new Int32Array(links.length).fill(-1);
  const satisfying = new Int32Array(project.nodes.length);
  const covered = [0, 0, 0];
  const counts = projectRates(current);
  const satisfies = (l: number, s: number): boolean =>
    s >= input.batchStage &&
    (category[nodeOf[l] as number] === PROCESS_ADOPTION || domestic[l] === 1);

  const points: TrendPoint[] = [];
  let next = 0;
  const dates = trendDates(dayText(events.day[0] ?? 0), input.today);
  for (const [p, date] of dates.entries()) {
    if (p === dates.length - 1) {
      points.push({ date, ...counts });
      break;
    }
    const until = dayNumber(date);
    for (; next < events.count && (events.day[next] as number) <= until; next++) {
      const l = events.link[next] as number;
      const to = events.stage[next] as number;
      const node = nodeOf[l] as number;
      const before = (satisfying[node] as number) > 0;
      satisfying[node] =
        (satisfying[node] as number) -
        Number(stage[l] !== -1 && satisfies(l, stage[l] as number)) +
        Number(satisfies(l, to));
      stage[l] = to;
      const after = satisfying[node] > 0;
      const kind = category[node] ?? 0;
      if (before !== after) covered[kind] = (covered[kind] ?? 0) + (after ? 1 : -1);
    }
    points.push({
      date,
      selfSufficiency: rate(covered[SELF_SUFFICIENCY] ?? 0, counts.selfSufficiency.denominator),
      processAdoption: rate(covered[PROCESS_ADOPTION] ?? 0, counts.processAdoption.denominator),
    });
  }
  return points;
}

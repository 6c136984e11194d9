import type { IndexedProject } from './indexed.js';
import { buildIdIndex } from './id-index.js';
import type { StageEvent } from './input.js';

const DIGITS_AT = [0, 1, 2, 3, 5, 6, 8, 9];

/** YYYY-MM-DD as the number YYYYMMDD, which sorts the same way; NaN when malformed. */
export function dayNumber(date: string): number {
  if (date.length !== 10 || date[4] !== '-' || date[7] !== '-') return NaN;
  let day = 0;
  for (let k = 0; k < DIGITS_AT.length; k++) {
    const digit = date.charCodeAt(DIGITS_AT[k] as number) - 48;
    if (digit < 0 || digit > 9) return NaN;
    day = day * 10 + digit;
  }
  return day;
}

export function dayText(day: number): string {
  const text = String(day);
  return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
}

/** Stage events in date order, then input order, as parallel arrays: no object per event. */
export interface SortedEvents {
  count: number;
  day: Int32Array;
  link: Int32Array;
  stage: Int32Array;
}

const ORDER_RANGE = 2 ** 24;

/** The usable events: a known link, a well-formed date, not after today. */
export function sortedEvents({ input, links }: IndexedProject): SortedEvents {
  const linkIndex = buildIdIndex(links);
  const today = dayNumber(input.today);
  const keys = new Float64Array(Math.min(input.stageEvents.length, ORDER_RANGE));
  const linkOf = new Int32Array(keys.length);
  let count = 0;
  for (let order = 0; order < keys.length; order++) {
    const event = input.stageEvents[order] as StageEvent;
    const day = dayNumber(event.date);
    const l = linkIndex.get(event.linkId);
    if (l === undefined || !(day <= today)) continue;
    keys[count] = day * ORDER_RANGE + order;
    linkOf[order] = l;
    count += 1;
  }
  const events: SortedEvents = {
    count,
    day: new Int32Array(count),
    link: new Int32Array(count),
    stage: new Int32Array(count),
  };
  keys
    .subarray(0, count)
    .sort()
    .forEach((key, i) => {
      const order = key % ORDER_RANGE;
      events.day[i] = Math.floor(key / ORDER_RANGE);
      events.link[i] = linkOf[order] as number;
      events.stage[i] = (input.stageEvents[order] as StageEvent).stage;
    });
  return events;
}

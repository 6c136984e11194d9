/**
 * Hybrid logical clock stamps that sort as plain strings:
 * `<15-digit wall ms>-<5-digit base36 counter>-<replica id>`.
 * Wall time never runs backwards locally; the counter breaks ties inside one millisecond.
 */
export interface HlcState {
  wallMs: number;
  counter: number;
}

export interface Hlc extends HlcState {
  replicaId: string;
}

const WALL_DIGITS = 15;
const COUNTER_DIGITS = 5;
const MAX_COUNTER = 36 ** COUNTER_DIGITS - 1;
/** Packets whose clocks run further ahead than this are refused (SYNC.md). */
export const MAX_CLOCK_DRIFT_MS = 24 * 60 * 60 * 1000;

export class ClockError extends Error {
  constructor(
    readonly code: 'E_FUTURE_CLOCK' | 'E_CLOCK_OVERFLOW' | 'E_BAD_CLOCK',
    message: string,
  ) {
    super(message);
  }
}

export function formatHlc(hlc: Hlc): string {
  return `${String(hlc.wallMs).padStart(WALL_DIGITS, '0')}-${hlc.counter
    .toString(36)
    .padStart(COUNTER_DIGITS, '0')}-${hlc.replicaId}`;
}

const HLC_PATTERN = /^(\d{15})-([0-9a-z]{5})-([A-Za-z0-9_-]{1,64})$/;

export function parseHlc(text: string): Hlc {
  const match = HLC_PATTERN.exec(text);
  if (!match) throw new ClockError('E_BAD_CLOCK', `not a clock stamp: ${text.slice(0, 80)}`);
  const [, wall = '', counter = '', replicaId = ''] = match;
  return { wallMs: Number(wall), counter: parseInt(counter, 36), replicaId };
}

export function isHlc(text: string): boolean {
  return HLC_PATTERN.test(text);
}

const REPLICA_AT = WALL_DIGITS + COUNTER_DIGITS + 2;

/** The replica id of a stamp `isHlc` already accepted, without matching it again. */
export function replicaOfHlc(stamp: string): string {
  return stamp.slice(REPLICA_AT);
}

/** Advance the local clock for a new local event. */
export function tick(state: HlcState, nowMs: number): HlcState {
  const wallMs = Math.max(state.wallMs, Math.floor(nowMs));
  const counter = wallMs === state.wallMs ? state.counter + 1 : 0;
  if (counter > MAX_COUNTER) {
    return { wallMs: wallMs + 1, counter: 0 };
  }
  return { wallMs, counter };
}

/** Merge a remote stamp into the local clock so later local events sort after it. */
export function receive(state: HlcState, remote: HlcState, nowMs: number): HlcState {
  if (remote.wallMs - nowMs > MAX_CLOCK_DRIFT_MS) {
    throw new ClockError(
      'E_FUTURE_CLOCK',
      `clock ${new Date(remote.wallMs).toISOString()} is more than a day ahead`,
    );
  }
  const wallMs = Math.max(state.wallMs, remote.wallMs, Math.floor(nowMs));
  let counter: number;
  if (wallMs === state.wallMs && wallMs === remote.wallMs) {
    counter = Math.max(state.counter, remote.counter) + 1;
  } else if (wallMs === state.wallMs) {
    counter = state.counter + 1;
  } else if (wallMs === remote.wallMs) {
    counter = remote.counter + 1;
  } else {
    counter = 0;
  }
  if (counter > MAX_COUNTER) return { wallMs: wallMs + 1, counter: 0 };
  return { wallMs, counter };
}

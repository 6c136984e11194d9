import { describe, expect, it } from 'vitest';
import {
  ClockError,
  MAX_CLOCK_DRIFT_MS,
  formatHlc,
  parseHlc,
  receive,
  tick,
} from '../../shared/sync/hlc.js';

describe('hybrid logical clock', () => {
  it('formats stamps that sort as strings in time order', () => {
    const early = formatHlc({ wallMs: 999, counter: 35, replicaId: 'b' });
    const later = formatHlc({ wallMs: 1000, counter: 0, replicaId: 'a' });
    const sameMsNextCount = formatHlc({ wallMs: 1000, counter: 1, replicaId: 'a' });
    expect([sameMsNextCount, later, early].sort()).toEqual([early, later, sameMsNextCount]);
  });

  it('round-trips a stamp through parse', () => {
    const hlc = { wallMs: 1_764_000_000_000, counter: 1234, replicaId: 'rep_1-x' };
    expect(parseHlc(formatHlc(hlc))).toEqual(hlc);
  });

  it('refuses text that is not a stamp', () => {
    expect(() => parseHlc('12-ab-c')).toThrow(ClockError);
    expect(() => parseHlc(`${'1'.repeat(15)}-00000-bad replica`)).toThrow(ClockError);
  });

  it('never runs backwards when the wall clock does', () => {
    const first = tick({ wallMs: 0, counter: 0 }, 5000);
    const second = tick(first, 4000);
    expect(second.wallMs).toBe(5000);
    expect(second.counter).toBe(first.counter + 1);
  });

  it('resets the counter when the wall clock moves on', () => {
    expect(tick({ wallMs: 5000, counter: 7 }, 6000)).toEqual({ wallMs: 6000, counter: 0 });
  });

  it('orders local events after a received remote stamp', () => {
    const local = { wallMs: 1000, counter: 2 };
    const merged = receive(local, { wallMs: 3000, counter: 9 }, 2000);
    expect(merged).toEqual({ wallMs: 3000, counter: 10 });
    expect(tick(merged, 2500)).toEqual({ wallMs: 3000, counter: 11 });
  });

  it('refuses a remote clock more than a day ahead and accepts an old one', () => {
    const now = 10_000_000_000;
    expect(() =>
      receive(
        { wallMs: now, counter: 0 },
        { wallMs: now + MAX_CLOCK_DRIFT_MS + 1, counter: 0 },
        now,
      ),
    ).toThrow(expect.objectContaining({ code: 'E_FUTURE_CLOCK' }));
    expect(receive({ wallMs: now, counter: 0 }, { wallMs: 1, counter: 0 }, now)).toEqual({
      wallMs: now,
      counter: 1,
    });
  });
});

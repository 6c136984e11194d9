import { BackgroundDeflate } from './zip/background-deflate.js';
import type { PreparedEntry } from './zip/writer.js';

/**
 * Ops per change set, a few megabytes of lines: deflate looks back only 32 KiB, so larger sets
 * compress no better, while sets this size are built, copied and compressed in memory that
 * stays warm, where sets five times larger cost half again as much to read out of SQLite.
 */
export const OPS_PER_CHANGE_SET = 10_000;

/** The change-set entries of a packet, with the count and clock range its manifest lists. */
export interface ChangeSets {
  entries: PreparedEntry[];
  count: number;
  first: string | null;
  last: string | null;
}

const INITIAL_BYTES = 1024 * 1024;
/** A UTF-16 code unit never takes more than 3 bytes of UTF-8. */
const MAX_BYTES_PER_UNIT = 3;

/**
 * Lays out change sets line by line straight into bytes, handing each set, once full, to be
 * compressed on another thread while the next is laid out. A full packet holds hundreds of
 * megabytes of lines: a few buffers, reused in turn, cost far less than joining strings or
 * touching fresh memory for each set.
 */
export class ChangeSetWriter {
  private readonly deflate = new BackgroundDeflate();
  private sets = 0;
  private count = 0;
  private first: string | null = null;
  private last: string | null = null;
  private buffer: Buffer | null = null;
  /** Bytes of the last full set: the next one is likely about as long. */
  private expected = INITIAL_BYTES;
  private used = 0;
  private lines = 0;

  /** One op's JSON line, newline included, and its clock stamp; ops come in clock order. */
  add(line: string, hlc: string): void {
    const room = this.used + line.length * MAX_BYTES_PER_UNIT;
    if (!this.buffer || room > this.buffer.length) {
      this.buffer = this.deflate.reserve(Math.max(room, this.expected), this.used);
    }
    this.used += this.buffer.write(line, this.used, 'utf8');
    this.first ??= hlc;
    this.last = hlc;
    this.count++;
    if (++this.lines === OPS_PER_CHANGE_SET) this.close();
  }

  /** More than one full set is coming: get the thread that compresses them ready. */
  expectMany(): void {
    this.deflate.expectLarge();
  }

  /** A whole change set laid out already: `count` ops from stamp `first` to `last`. */
  addSet(bytes: Buffer, count: number, first: string, last: string): void {
    this.close();
    this.deflate.reserve(bytes.length, 0).set(bytes);
    this.submit(bytes.length);
    this.first ??= first;
    this.last = last;
    this.count += count;
  }

  finish(): ChangeSets {
    this.close();
    return {
      entries: this.deflate.finish(),
      count: this.count,
      first: this.first,
      last: this.last,
    };
  }

  private close(): void {
    if (this.lines === 0) return;
    this.submit(this.used);
    this.expected = Math.max(this.expected, this.used + (this.used >> 3));
    this.buffer = null;
    this.used = 0;
    this.lines = 0;
  }

  private submit(length: number): void {
    this.sets++;
    this.deflate.submit(`changes/${String(this.sets).padStart(6, '0')}.jsonl`, length);
  }
}

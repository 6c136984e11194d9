import { prepareEntry, type PreparedEntry } from './zip/writer.js';

/** Ops per change set: big enough to compress well, small enough to stay far below entry caps. */
export const OPS_PER_CHANGE_SET = 50_000;

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
 * Lays out change sets line by line straight into bytes, compressing each set as soon as it
 * is full. A full packet holds hundreds of megabytes of lines: one buffer, reused for every
 * set, costs far less than joining strings or touching fresh memory for each.
 */
export class ChangeSetWriter {
  private readonly entries: PreparedEntry[] = [];
  private count = 0;
  private first: string | null = null;
  private last: string | null = null;
  private buffer = Buffer.allocUnsafe(INITIAL_BYTES);
  private used = 0;
  private lines = 0;

  /** One op's JSON line, newline included, and its clock stamp; ops come in clock order. */
  add(line: string, hlc: string): void {
    const room = this.used + line.length * MAX_BYTES_PER_UNIT;
    if (room > this.buffer.length) this.grow(room);
    this.used += this.buffer.write(line, this.used, 'utf8');
    this.first ??= hlc;
    this.last = hlc;
    this.count++;
    if (++this.lines === OPS_PER_CHANGE_SET) this.close();
  }

  finish(): ChangeSets {
    this.close();
    return { entries: this.entries, count: this.count, first: this.first, last: this.last };
  }

  private grow(needed: number): void {
    const next = Buffer.allocUnsafe(Math.max(needed, this.buffer.length * 2));
    this.buffer.copy(next, 0, 0, this.used);
    this.buffer = next;
  }

  private close(): void {
    if (this.lines === 0) return;
    const name = `changes/${String(this.entries.length + 1).padStart(6, '0')}.jsonl`;
    this.entries.push(prepareEntry(name, this.buffer.subarray(0, this.used), true));
    this.used = 0;
    this.lines = 0;
  }
}

import { receiveMessageOnPort } from 'node:worker_threads';
import {
  deflateWorker,
  dropDeflateWorker,
  type DeflateReply,
  type DeflateWorker,
} from './deflate-worker.js';
import { deflateOptions, prepareEntry, type PreparedEntry } from './writer.js';
import { METHOD_DEFLATE } from './format.js';

/** Entries laid out ahead of the one being compressed: the caller runs at most this far ahead. */
const SLOTS = 3;
/** How long an entry may take on the worker before it is compressed here instead. */
const STALL_MS = 30_000;
/** Smaller entries are compressed here: handing them over would cost more than it saves. */
const BACKGROUND_MIN_BYTES = 1024 * 1024;

/** Numbers every entry handed over, so answers left by an export that failed are skipped. */
let handedOver = 0;

interface Pending {
  id: number;
  /** Where its entry goes among all submitted. */
  at: number;
  name: string;
  content: Buffer;
}

/**
 * Compresses and hashes entries on a worker thread while the caller lays out the next ones,
 * so a second core does the deflate and SHA-256 of a full packet's change sets. Everything
 * stays synchronous for the caller: it writes into shared buffers this lends it, and waits
 * only when it is SLOTS entries ahead or at the end. Where no worker runs, entries are
 * compressed here, one by one, as before.
 */
export class BackgroundDeflate {
  private worker: DeflateWorker | null | undefined;
  private readonly slots: (SharedArrayBuffer | null)[] = new Array<SharedArrayBuffer | null>(
    SLOTS,
  ).fill(null);
  private readonly pending: Pending[] = [];
  /** Entries in submission order; those still on the worker are filled in as they come. */
  private readonly entries: PreparedEntry[] = [];
  private slot = 0;

  /** Start the worker ahead of the first large entry, so it is ready when that comes. */
  expectLarge(): void {
    this.worker ??= deflateWorker();
  }

  /**
   * A buffer of at least `bytes` for the next entry, keeping the first `keep` bytes of the
   * one this returned before for it.
   */
  reserve(bytes: number, keep: number): Buffer {
    if (this.pending.length === SLOTS) this.settleOldest();
    const shared = this.slots[this.slot];
    if (shared && shared.byteLength >= bytes) return Buffer.from(shared);
    const next = new SharedArrayBuffer(Math.max(bytes, (shared?.byteLength ?? 0) * 2));
    if (shared && keep > 0) Buffer.from(next).set(new Uint8Array(shared, 0, keep));
    this.slots[this.slot] = next;
    return Buffer.from(next);
  }

  /** Compress the first `length` bytes of the buffer `reserve` last returned, as `name`. */
  submit(name: string, length: number): void {
    const shared = this.slots[this.slot];
    if (!shared) throw new Error('submit before reserve');
    const content = Buffer.from(shared, 0, length);
    if (length >= BACKGROUND_MIN_BYTES) this.expectLarge();
    if (!this.worker || length < BACKGROUND_MIN_BYTES) {
      this.entries.push(prepareEntry(name, content, true));
      return;
    }
    const id = ++handedOver;
    this.worker.port.postMessage({ id, shared, length, options: deflateOptions(length) });
    this.pending.push({ id, at: this.entries.length, name, content });
    this.entries.length++;
    this.slot = (this.slot + 1) % SLOTS;
  }

  /** Every submitted entry, in order. */
  finish(): PreparedEntry[] {
    while (this.pending.length > 0) this.settleOldest();
    return this.entries;
  }

  private settleOldest(): void {
    const oldest = this.pending.shift();
    if (!oldest) return;
    const reply = this.worker ? this.receive(this.worker, oldest.id) : null;
    if (!reply || 'error' in reply) {
      this.entries[oldest.at] = prepareEntry(oldest.name, oldest.content, true);
      return;
    }
    this.entries[oldest.at] = {
      name: oldest.name,
      size: oldest.content.length,
      sha256: reply.sha256,
      stored: Buffer.from(reply.stored.buffer, reply.stored.byteOffset, reply.stored.byteLength),
      method: METHOD_DEFLATE,
      crc: reply.crc,
    };
  }

  /** The worker's answer for entry `id`; null if it stalled, which retires it. */
  private receive(worker: DeflateWorker, id: number): DeflateReply | null {
    for (;;) {
      const seen = Atomics.load(worker.signal, 0);
      const received = receiveMessageOnPort(worker.port);
      const reply = received?.message as DeflateReply | undefined;
      if (reply?.id === id) return reply;
      if (reply) continue;
      if (Atomics.wait(worker.signal, 0, seen, STALL_MS) === 'timed-out') {
        dropDeflateWorker(worker);
        this.worker = null;
        return null;
      }
    }
  }
}

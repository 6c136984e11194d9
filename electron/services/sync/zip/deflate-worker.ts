import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';

/** What the worker sends back for one entry: its stored bytes and checks, or why it failed. */
export type DeflateReply = { id: number } & (
  { stored: Uint8Array; sha256: string; crc: number } | { error: string }
);

/** The thread, the port it answers on, and a counter it raises after each answer. */
export interface DeflateWorker {
  worker: Worker;
  port: MessagePort;
  signal: Int32Array;
}

/**
 * The worker's whole program. It is plain JavaScript run from this string so that it needs
 * no file of its own beside the bundles the app, the CLI and the tests load.
 */
const SOURCE = `
const { workerData } = require('node:worker_threads');
const { crc32, deflateRawSync } = require('node:zlib');
const { createHash } = require('node:crypto');
const { port, signal } = workerData;
port.on('message', ({ id, shared, length, options }) => {
  const content = Buffer.from(shared, 0, length);
  let reply;
  try {
    reply = {
      id,
      stored: deflateRawSync(content, options),
      sha256: createHash('sha256').update(content).digest('hex'),
      crc: crc32(content),
    };
  } catch (error) {
    reply = { id, error: String(error) };
  }
  port.postMessage(reply);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
});
`;

let current: DeflateWorker | null = null;

/** The one compressing thread of this process, started at first use; null where none can run. */
/**
 * Whether this thread may block in Atomics.wait, which waiting for the worker needs. Node's
 * threads may; where one may not (an embedder's main thread can forbid it), entries are
 * compressed in place as before rather than failing the export.
 */
const CAN_BLOCK = ((): boolean => {
  try {
    // The value differs, so this returns at once where waiting is allowed, and throws where not.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 1, 0);
    return true;
  } catch {
    return false;
  }
})();

export function deflateWorker(): DeflateWorker | null {
  if (current) return current;
  if (!CAN_BLOCK) return null;
  try {
    const { port1, port2 } = new MessageChannel();
    const signal = new Int32Array(new SharedArrayBuffer(4));
    const worker = new Worker(SOURCE, {
      eval: true,
      workerData: { port: port2, signal },
      transferList: [port2],
    });
    // It must never keep a CLI run or a test process alive.
    worker.unref();
    port1.unref();
    const started: DeflateWorker = { worker, port: port1, signal };
    const forget = (): void => {
      if (current === started) current = null;
    };
    // A thread that died leaves its unanswered entries to the caller's stall fallback.
    worker.once('error', forget);
    worker.once('exit', forget);
    current = started;
    return started;
  } catch {
    return null;
  }
}

/** Stop using a worker that stopped answering; the next use starts a new one. */
export function dropDeflateWorker(stale: DeflateWorker): void {
  if (current === stale) current = null;
  stale.port.close();
  void stale.worker.terminate();
}

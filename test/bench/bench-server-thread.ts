// The bench server's own thread: it serves the built renderer and carries contract calls to
// the services on the main thread. See bench-server.ts.
import { createServer, type ServerResponse } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';
import { send, serveFile } from '../e2e/harness/static-server.js';
import { BENCH_API_PATH, type ServiceCall, type ServiceReply } from './bench-server-messages.js';

const port = parentPort;
if (!port) throw new Error('bench-server-thread runs as a worker');
const { rootDir } = workerData as { rootDir: string };
const waiting = new Map<number, ServerResponse>();
let nextCall = 0;

port.on('message', ({ id, body }: ServiceReply) => {
  const response = waiting.get(id);
  waiting.delete(id);
  if (response) send(response, 200, body, 'application/json; charset=utf-8');
});

const server = createServer((request, response) => {
  void (async () => {
    if (request.method === 'POST' && request.url === BENCH_API_PATH) {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const id = nextCall++;
      waiting.set(id, response);
      const call: ServiceCall = { id, body: Buffer.concat(chunks).toString('utf8') };
      port.postMessage(call);
      return;
    }
    await serveFile(rootDir, request, response);
  })().catch((error: unknown) => send(response, 500, String(error), 'text/plain; charset=utf-8'));
});

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  port.postMessage({ port: typeof address === 'object' && address ? address.port : 0 });
});

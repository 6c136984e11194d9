// The bench server's own thread: it serves the built renderer and carries contract calls to
// the services on the main thread. See bench-server.ts.
import { createServer, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/csp.js';
import { resolveRequestPath } from '../e2e/harness/static-server.js';
import { BENCH_API_PATH, type ServiceCall, type ServiceReply } from './bench-server-messages.js';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

const port = parentPort;
if (!port) throw new Error('bench-server-thread runs as a worker');
const { rootDir } = workerData as { rootDir: string };
const waiting = new Map<number, ServerResponse>();
let nextCall = 0;

function reply(response: ServerResponse, status: number, body: string | Buffer, type: string) {
  response.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'Cache-Control': 'no-store',
  });
  response.end(body);
}

port.on('message', ({ id, body }: ServiceReply) => {
  const response = waiting.get(id);
  waiting.delete(id);
  if (response) reply(response, 200, body, TYPES['.json'] ?? '');
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
    const target = resolveRequestPath(rootDir, request.url ?? '/');
    const info = typeof target === 'string' ? await stat(target).catch(() => null) : null;
    if (typeof target !== 'string' || !info?.isFile()) {
      reply(response, 404, 'not found', 'text/plain');
      return;
    }
    reply(response, 200, await readFile(target), TYPES[path.extname(target)] ?? 'text/plain');
  })().catch((error: unknown) => reply(response, 500, String(error), 'text/plain'));
});

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  port.postMessage({ port: typeof address === 'object' && address ? address.port : 0 });
});

// The bench server's own thread: it serves the built renderer and carries contract calls to
// the services on the main thread. See bench-server.ts.
import { readFile } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { bodyOf, send, serveFile } from '../e2e/harness/static-server.js';
import {
  BENCH_API_PATH,
  BENCH_PAGE_PATH,
  BENCH_READY_PATH,
  parseReport,
  type BenchServerData,
  type ServerNews,
  type ServiceCall,
  type ServiceReply,
} from './bench-server-messages.js';

const port = parentPort;
if (!port) throw new Error('bench-server-thread runs as a worker');
const { rootDir, scripts } = workerData as BenchServerData;
const waiting = new Map<number, ServerResponse>();
let nextCall = 0;
const JS = 'text/javascript; charset=utf-8';
const PLAIN = 'text/plain; charset=utf-8';

port.on('message', ({ id, body }: ServiceReply) => {
  const response = waiting.get(id);
  waiting.delete(id);
  if (response) send(response, 200, body, 'application/json; charset=utf-8');
});

function tell(news: ServerNews) {
  port?.postMessage(news);
}

/**
 * index.html with the bench scripts last in its head. They still run before any of the app's
 * module scripts, which wait for the document to be parsed; but placed first, each held the
 * parser up for a round trip before the page asked for its own code (about 25 ms of a 10,000
 * need node opening, in interleaved openings). An app window's preload, which the bridge stands
 * in for, comes with no request, and the Playwright bench browser injects both scripts without
 * one either.
 */
async function benchPage(): Promise<string> {
  const html = await readFile(path.join(rootDir, 'index.html'), 'utf8');
  const tags = Object.keys(scripts)
    .map((src) => `<script src="${src}"></script>`)
    .join('');
  if (!html.includes('</head>')) throw new Error(`${rootDir}/index.html has no </head>`);
  return html.replace('</head>', `${tags}</head>`);
}

const server = createServer((request, response) => {
  void (async () => {
    const url = request.url ?? '/';
    if (request.method === 'POST' && url === BENCH_API_PATH) {
      const id = nextCall++;
      waiting.set(id, response);
      const call: ServiceCall = { id, body: await bodyOf(request) };
      port.postMessage(call);
      return;
    }
    if (request.method === 'POST' && url === BENCH_READY_PATH) {
      const report = parseReport(await bodyOf(request));
      send(response, report ? 204 : 400, '', PLAIN);
      if (report) tell({ report });
      return;
    }
    if (request.method === 'GET' && url === BENCH_PAGE_PATH) {
      send(response, 200, await benchPage(), 'text/html; charset=utf-8');
      return;
    }
    const script = request.method === 'GET' ? scripts[url as keyof typeof scripts] : undefined;
    if (script !== undefined) {
      send(response, 200, script, JS);
      return;
    }
    await serveFile(rootDir, request, response);
  })().catch((error: unknown) => send(response, 500, String(error), PLAIN));
});

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  tell({ port: typeof address === 'object' && address ? address.port : 0 });
});

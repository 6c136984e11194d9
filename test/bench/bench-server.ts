import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Services } from '../../electron/services/index.js';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/csp.js';
import { dispatch } from '../../shared/ipc/dispatch.js';
import { resolveRequestPath } from '../e2e/harness/static-server.js';

export const BENCH_API_PATH = '/__bench_api';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/**
 * The built renderer plus the contract over HTTP on the same origin (so the CSP's
 * `connect-src 'self'` allows it). Results cross as one JSON body, about as fast as
 * Electron's IPC; Playwright's binding takes seconds for a multi-megabyte snapshot.
 */
export async function startBenchServer(rootDir: string, services: () => Services) {
  const server = createServer((request, response) => {
    const reply = (status: number, body: string | Buffer, type: string) => {
      response.writeHead(status, {
        'Content-Type': type,
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'Cache-Control': 'no-store',
      });
      response.end(body);
    };
    void (async () => {
      if (request.method === 'POST' && request.url === BENCH_API_PATH) {
        const chunks: Buffer[] = [];
        for await (const chunk of request) chunks.push(chunk as Buffer);
        const { method, arg } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
          method: string;
          arg?: unknown;
        };
        const started = performance.now();
        const result = await dispatch(services().handlers, method, arg);
        const body = JSON.stringify(result);
        // With BENCH_PROFILE set, each call's service time shows apart from the renderer's.
        if (process.env.BENCH_PROFILE) {
          const ms = (performance.now() - started).toFixed(1);
          process.stderr.write(`  service ${method}: ${ms} ms, ${String(body.length)} chars\n`);
        }
        reply(200, body, TYPES['.json'] ?? '');
        return;
      }
      const target = resolveRequestPath(rootDir, request.url ?? '/');
      const info = typeof target === 'string' ? await stat(target).catch(() => null) : null;
      if (typeof target !== 'string' || !info?.isFile()) {
        reply(404, 'not found', 'text/plain');
        return;
      }
      const type = TYPES[path.extname(target)] ?? 'application/octet-stream';
      reply(200, await readFile(target), type);
    })().catch((error: unknown) => reply(500, String(error), 'text/plain'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${String(port)}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

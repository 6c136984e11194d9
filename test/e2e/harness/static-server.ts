import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/csp.js';

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** `http://127.0.0.1:<port>` with no trailing slash. */
  origin: string;
  close(): Promise<void>;
}

/**
 * The file a request path names inside `rootDir`, or a status code refusing it. Decoding comes
 * first so `%2e%2e` cannot slip past the traversal check, and the resolved path must stay inside.
 */
export function resolveRequestPath(rootDir: string, rawUrl: string): string | 400 | 403 {
  const pathname = rawUrl.split(/[?#]/, 1)[0] ?? '/';
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return 400;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return 400;
  if (decoded.split('/').includes('..')) return 403;
  const relative = decoded === '/' ? 'index.html' : decoded.slice(1);
  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, relative);
  if (resolved !== root && !resolved.startsWith(root + path.sep)) return 403;
  return resolved;
}

export function send(
  response: ServerResponse,
  status: number,
  body: string | Buffer,
  type: string,
): void {
  response.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  });
  response.end(body);
}

/** A request's whole body as UTF-8 text. */
export async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Answer one request for a file under `rootDir` (GET or HEAD), refusing anything else. */
export async function serveFile(
  rootDir: string,
  request: IncomingMessage,
  response: ServerResponse,
) {
  const plain = 'text/plain; charset=utf-8';
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    send(response, 405, 'method not allowed', plain);
    return;
  }
  const target = resolveRequestPath(rootDir, request.url ?? '/');
  if (typeof target === 'number') {
    send(response, target, target === 403 ? 'forbidden' : 'bad request', plain);
    return;
  }
  const info = await stat(target).catch(() => null);
  if (!info?.isFile()) {
    // Chromium asks for a favicon on its own; Electron never does, so its absence is no error.
    const isFavicon = target === path.join(path.resolve(rootDir), 'favicon.ico');
    send(response, isFavicon ? 204 : 404, isFavicon ? '' : 'not found', plain);
    return;
  }
  const type = MIME_TYPES[path.extname(target).toLowerCase()] ?? 'application/octet-stream';
  const body = await readFile(target);
  send(response, 200, request.method === 'HEAD' ? '' : body, type);
}

/**
 * Serves the built renderer on 127.0.0.1 at a free port with the same CSP header as main, so a
 * policy breach in the renderer shows up in tests as it would in the app.
 */
export async function startStaticServer(rootDir: string): Promise<StaticServer> {
  const server = createServer((request, response) => {
    serveFile(rootDir, request, response).catch((error: unknown) => {
      send(response, 500, String(error), 'text/plain; charset=utf-8');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

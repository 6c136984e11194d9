import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/csp.js';
import { resolveRequestPath, startStaticServer, type StaticServer } from './static-server.js';

interface Reply {
  status: number;
  type: string | undefined;
  csp: string | undefined;
  body: string;
}

/** A raw request: fetch would normalize `..` away before the server could refuse it. */
function get(origin: string, rawPath: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(`${origin}/`, { path: rawPath }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          type: res.headers['content-type'],
          csp: res.headers['content-security-policy'] as string | undefined,
          body,
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the static server for the built renderer', () => {
  let base = '';
  let server: StaticServer | null = null;
  const origin = (): string => server?.origin ?? '';

  beforeAll(async () => {
    base = await mkdtemp(path.join(os.tmpdir(), 'longmai-static-'));
    await mkdir(path.join(base, 'site/assets'), { recursive: true });
    await writeFile(path.join(base, 'site/index.html'), '<!doctype html><title>t</title>');
    await writeFile(path.join(base, 'site/assets/app.js'), 'console.log(1);');
    await writeFile(path.join(base, 'secret.txt'), 'outside the served folder');
    server = await startStaticServer(path.join(base, 'site'));
  });
  afterAll(async () => {
    await server?.close();
    await rm(base, { recursive: true, force: true });
  });

  test('listens on 127.0.0.1 at a port of its own', () => {
    expect(origin()).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  test('serves index.html for / with its MIME type and the CSP main uses', async () => {
    const reply = await get(origin(), '/');
    expect(reply).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect(reply.csp).toBe(CONTENT_SECURITY_POLICY);
  });

  test('serves scripts as JavaScript', async () => {
    const reply = await get(origin(), '/assets/app.js?v=1');
    expect(reply).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
    expect(reply.body).toBe('console.log(1);');
  });

  test('answers 404 for a file that is not there', async () => {
    await expect(get(origin(), '/assets/missing.js')).resolves.toMatchObject({ status: 404 });
  });

  test('answers the favicon request Chromium makes on its own with no content, not an error', async () => {
    await expect(get(origin(), '/favicon.ico')).resolves.toMatchObject({ status: 204 });
  });

  test.each(['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt'])(
    'refuses the traversal %s without serving the file',
    async (rawPath) => {
      const reply = await get(origin(), rawPath);
      expect(reply.status).toBe(403);
      expect(reply.body).not.toContain('outside the served folder');
    },
  );

  test('refuses a malformed escape and a backslash path as bad requests', () => {
    expect(resolveRequestPath(base, '/%E0%A4%A')).toBe(400);
    expect(resolveRequestPath(base, '/..%5csecret.txt')).toBe(400);
  });
});

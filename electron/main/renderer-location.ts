import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where the window's page comes from: the built index.html, or the Vite dev server. */
export type RendererLocation =
  { kind: 'file'; indexFile: string; url: string } | { kind: 'dev'; origin: string; url: string };

/** Only a dev server on this machine may host the page that gets `window.api`. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export class BadDevUrlError extends Error {
  constructor(readonly devUrl: string) {
    super(`LONGMAI_DEV_URL must be an http URL on localhost, got ${devUrl.slice(0, 200)}`);
    this.name = 'BadDevUrlError';
  }
}

export interface RendererLocationInput {
  /** The built renderer folder (dist/renderer inside the app). */
  rendererDir: string;
  /** LONGMAI_DEV_URL; honoured only when the app is not packaged. */
  devUrl: string | undefined;
  isPackaged: boolean;
}

export function resolveRendererLocation(input: RendererLocationInput): RendererLocation {
  if (input.devUrl && !input.isPackaged) {
    let parsed: URL;
    try {
      parsed = new URL(input.devUrl);
    } catch {
      throw new BadDevUrlError(input.devUrl);
    }
    if (parsed.protocol !== 'http:' || !LOOPBACK_HOSTS.has(parsed.hostname)) {
      throw new BadDevUrlError(input.devUrl);
    }
    return { kind: 'dev', origin: parsed.origin, url: parsed.href };
  }
  const indexFile = path.join(input.rendererDir, 'index.html');
  return { kind: 'file', indexFile, url: pathToFileURL(indexFile).href };
}

/** True when `url` is our renderer page (any hash or query the app adds is allowed). */
export function isRendererUrl(location: RendererLocation, url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (location.kind === 'dev') return parsed.origin === location.origin;
  const expected = new URL(location.url);
  return (
    parsed.protocol === 'file:' &&
    parsed.host === expected.host &&
    parsed.pathname === expected.pathname
  );
}

/** True when a response comes from the dev server (the only place the dev policy applies). */
export function isDevServerUrl(location: RendererLocation, url: string): boolean {
  if (location.kind !== 'dev') return false;
  try {
    return new URL(url).origin === location.origin;
  } catch {
    return false;
  }
}

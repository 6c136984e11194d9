import type { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/csp.js';
import { resolveRendererLocation } from '../../electron/main/renderer-location.js';
import { hardenWebContents, policyFor, secureSession } from '../../electron/main/security.js';
import { dropCspMetaOnDevServer, withoutCspMeta } from '../../renderer/vite.config.js';
import { createFakeElectron, FakeWebContents } from './fake-electron.js';

const fileLocation = resolveRendererLocation({
  rendererDir: '/app/dist/renderer',
  devUrl: undefined,
  isPackaged: true,
});
const devLocation = resolveRendererLocation({
  rendererDir: '/app/dist/renderer',
  devUrl: 'http://127.0.0.1:5173/',
  isPackaged: false,
});

function rendererIndexHtml(): string {
  const root = path.resolve(fileURLToPath(import.meta.url), '../../..');
  return fs.readFileSync(path.join(root, 'renderer/index.html'), 'utf8');
}

function metaPolicy(html: string): string | undefined {
  return /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)?.[1];
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

function securedSession() {
  const fake = createFakeElectron({ userData: '/tmp/none', appPath: '/app' });
  // The fake implements only what secureSession touches.
  secureSession(fake.module.session.defaultSession as never, fileLocation);
  return fake.session;
}

function headersFor(session: ReturnType<typeof securedSession>, url: string, sent = {}) {
  let headers: Record<string, string | string[]> | undefined;
  session.headersListener?.({ url, responseHeaders: sent }, (response) => {
    headers = response.responseHeaders;
  });
  return headers;
}

describe('content security policy', () => {
  it('allows scripts, styles and connections from the app itself only', () => {
    const policy = directives(CONTENT_SECURITY_POLICY);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/);
  });

  it('is the policy the renderer page declares in its meta tag, minus header-only frame-ancestors', () => {
    const withoutFrameAncestors = CONTENT_SECURITY_POLICY.split('; ')
      .filter((directive) => !directive.startsWith('frame-ancestors '))
      .join('; ');
    expect(withoutFrameAncestors).not.toBe(CONTENT_SECURITY_POLICY);
    expect(metaPolicy(rendererIndexHtml())).toBe(withoutFrameAncestors);
  });

  it('serves the page without its strict meta policy on the dev server only', () => {
    const html = rendererIndexHtml();
    const plugin = dropCspMetaOnDevServer();
    expect(plugin.apply).toBe('serve');
    expect(plugin.transformIndexHtml).toBe(withoutCspMeta);
    const served = withoutCspMeta(html);
    expect(metaPolicy(served)).toBeUndefined();
    expect(served).toContain('<script type="module" src="./main.tsx"></script>');
  });

  it('puts the strict policy on every response, replacing one the server sent', () => {
    const session = securedSession();
    const headers = headersFor(session, 'file:///app/dist/renderer/index.html', {
      'content-security-policy': ['default-src *'],
      'x-kept': ['yes'],
    });
    expect(headers).toEqual({
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      'x-kept': ['yes'],
    });
  });

  it('relaxes the policy only for pages of the dev server', () => {
    expect(policyFor(devLocation, 'http://127.0.0.1:5173/index.html')).toMatch(
      /script-src 'self' 'unsafe-inline'.*connect-src 'self' ws:\/\/127\.0\.0\.1:5173/,
    );
    expect(policyFor(devLocation, 'https://example.com/')).toBe(CONTENT_SECURITY_POLICY);
    expect(policyFor(fileLocation, 'http://127.0.0.1:5173/')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses a dev URL that is not on this machine', () => {
    expect(() =>
      resolveRendererLocation({
        rendererDir: '/app',
        devUrl: 'https://example.com/',
        isPackaged: false,
      }),
    ).toThrow(/localhost/);
  });

  it('ignores the dev URL in a packaged app', () => {
    const location = resolveRendererLocation({
      rendererDir: '/app/dist/renderer',
      devUrl: 'http://localhost:5173/',
      isPackaged: true,
    });
    expect(location.kind).toBe('file');
  });
});

describe('permissions', () => {
  it('refuses every permission request and check', () => {
    const session = securedSession();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const callback = vi.fn();
      session.permissionRequestHandler?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(session.permissionCheckHandler?.({}, permission, 'file://', {})).toBe(false);
    }
  });
});

describe('page hardening', () => {
  function hardened() {
    const contents = new FakeWebContents();
    hardenWebContents(contents as never);
    return contents;
  }

  function emitPreventable(contents: EventEmitter, name: string): boolean {
    const event = { defaultPrevented: false, preventDefault: vi.fn() };
    contents.emit(name, event, 'https://example.com/');
    return event.preventDefault.mock.calls.length > 0;
  }

  it('stops the page from navigating anywhere', () => {
    expect(emitPreventable(hardened(), 'will-navigate')).toBe(true);
  });

  it('refuses to attach a webview', () => {
    expect(emitPreventable(hardened(), 'will-attach-webview')).toBe(true);
  });

  it('denies every new window', () => {
    const contents = hardened();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({
      action: 'deny',
    });
  });
});

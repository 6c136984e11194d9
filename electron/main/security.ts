import type { App, Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY, devContentSecurityPolicy } from './csp.js';
import { isDevServerUrl, type RendererLocation } from './renderer-location.js';

type SecuredSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'webRequest'
>;
type HardenedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** The policy for one response: strict everywhere, relaxed only for the dev server's pages. */
export function policyFor(location: RendererLocation, url: string): string {
  return location.kind === 'dev' && isDevServerUrl(location, url)
    ? devContentSecurityPolicy(location.origin)
    : CONTENT_SECURITY_POLICY;
}

/**
 * Session-wide rules: every response carries our CSP (replacing any the server sent) and every
 * permission (camera, notifications, clipboard read, …) is refused; the app needs none.
 */
export function secureSession(session: SecuredSession, location: RendererLocation): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(
        ([name]) => name.toLowerCase() !== 'content-security-policy',
      ),
    );
    callback({
      responseHeaders: {
        ...headers,
        'Content-Security-Policy': [policyFor(location, details.url)],
      },
    });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * Per-page rules: the page never navigates away, never opens windows and never embeds a
 * webview, so a script that slips in cannot take the API somewhere else.
 */
export function hardenWebContents(contents: HardenedContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Applies the per-page rules to every web contents the app ever creates. */
export function hardenAllWebContents(app: Pick<App, 'on'>): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}

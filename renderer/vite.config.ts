import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { preloadBoot } from './preload-boot.js';

const CSP_META = /\s*<meta\s+http-equiv="Content-Security-Policy"[^>]*>/i;

export function withoutCspMeta(html: string): string {
  return html.replace(CSP_META, '');
}

/**
 * On the dev server only, serve index.html without its CSP meta tag. The meta holds the strict
 * policy of the built app, which would block Vite's inline React-refresh preamble, and a page
 * obeys every policy it receives, so relaxing the header alone is not enough. Dropping the meta
 * (rather than rewriting it to the dev policy) leaves main's header, which relaxes the policy
 * for the dev server's exact origin (devContentSecurityPolicy in electron/main/csp.ts), as the
 * single source of the dev policy; that origin is known only once the server listens.
 */
export function dropCspMetaOnDevServer(): Plugin {
  return {
    name: 'longmai-drop-csp-meta-on-dev-server',
    apply: 'serve',
    transformIndexHtml: withoutCspMeta,
  };
}

// Paths are relative to this folder: no Node imports here, since renderer/ may not import Node.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react(), dropCspMetaOnDevServer(), preloadBoot('boot.tsx')],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
});

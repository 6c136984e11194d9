import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * index.html carries the whole policy main sends as a header (a test keeps the two equal), but
 * `frame-ancestors` only works as a header: in a meta tag Chromium ignores it and logs an error
 * on every load. The page served to the browser gets the policy without it.
 */
function dropHeaderOnlyCspDirectives(): Plugin {
  return {
    name: 'longmai-drop-header-only-csp',
    transformIndexHtml: (html) => html.replace(/;\s*frame-ancestors[^;"]*/, ''),
  };
}

// Paths are relative to this folder: no Node imports here, since renderer/ may not import Node.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react(), dropHeaderOnlyCspDirectives()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
});

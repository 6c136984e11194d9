import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Paths are relative to this folder: no Node imports here, since renderer/ may not import Node.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
});

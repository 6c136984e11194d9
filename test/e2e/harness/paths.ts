import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The checkout root, found from this file so tests and scripts work from any working folder. */
export const REPO_ROOT = path.resolve(fileURLToPath(import.meta.url), '../../../..');

/** Where `npm run build` puts the renderer (Vite, relative asset paths). */
export const RENDERER_DIST_DIR = path.join(REPO_ROOT, 'dist/renderer');

/** The bundled Electron main process, for driving the real app. */
export const ELECTRON_MAIN_BUNDLE = path.join(REPO_ROOT, 'dist/electron/main.cjs');

// The end-to-end harness: start the app (real Electron or the Chromium bridge), drive its page,
// push main-side events, and read what went wrong.
export type { AppHandle, StartAppOptions } from './app-handle.js';
export { DEFAULT_VIEWPORT } from './app-handle.js';
export { e2eAvailability, type E2EAvailability, type E2EMode } from './availability.js';
export { describeE2E } from './describe-e2e.js';
export { bridgeInitScript, emitToPage, installBridge } from './bridge.js';
export { findChromium, launchChromium } from './chromium.js';
export { listProblems, type CspViolation, type Diagnostics } from './diagnostics.js';
export { findElectron } from './electron-binary.js';
export { invokeInPage } from './page-api.js';
export { REPO_ROOT, RENDERER_DIST_DIR } from './paths.js';
export { APP_READY_SELECTOR, waitForAppReady } from './ready.js';
export { startApp } from './start-app.js';
export { startChromiumApp } from './start-chromium.js';
export { startElectronApp } from './start-electron.js';
export { startStaticServer, resolveRequestPath, type StaticServer } from './static-server.js';

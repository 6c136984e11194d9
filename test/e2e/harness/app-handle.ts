import type { Browser, ElectronApplication, Page } from 'playwright-core';
import type { Services } from '../../../electron/services/types.js';
import type { EventName, EventPayloads } from '../../../shared/ipc/events.js';
import type { Locale } from '../../../shared/i18n/locales.js';
import type { Diagnostics } from './diagnostics.js';

export interface StartAppOptions {
  /** The project file to open; the sample (created in the user-data folder) when omitted. */
  projectPath?: string;
  /** Settings and sample folder; a fresh temp folder (removed on close) when omitted. */
  userDataDir?: string;
  /** Stored as the user's language before the page loads. */
  locale?: Locale;
  viewport?: { width: number; height: number };
}

/** A running app under test, the same shape whether it is real Electron or the Chromium bridge. */
export interface AppHandle {
  readonly mode: 'electron' | 'chromium';
  readonly page: Page;
  /** The Chromium browser (null under Electron, see `electronApp`). */
  readonly browser: Browser | null;
  readonly electronApp: ElectronApplication | null;
  /**
   * Chromium: the very services behind `window.api` (replaced by `reload`).
   * Electron: a second instance on the same project file, for reading what the app wrote.
   */
  readonly services: Services;
  readonly userDataDir: string;
  /** The project file open in the app (the sample's path when none was given). */
  readonly projectPath: string;
  readonly diagnostics: Diagnostics;
  /** Console errors, uncaught errors, CSP violations and service crashes, one line each. */
  readonly problems: () => string[];
  /** Push an event to the renderer as main would (menu commands, 'project-changed', …). */
  readonly emit: <E extends EventName>(event: E, payload: EventPayloads[E]) => Promise<void>;
  /** Simulate a restart: new services on the same file and user-data folder, page reloaded. */
  readonly reload: () => Promise<void>;
  readonly close: () => Promise<void>;
}

export const DEFAULT_VIEWPORT = { width: 1280, height: 800 };

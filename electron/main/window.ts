import type { BrowserWindow, BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import {
  MIN_WINDOW_SIZE,
  fitToDisplays,
  readWindowState,
  writeWindowState,
  type Rect,
} from './window-state.js';

export const WINDOW_TITLE = 'Longmai 龍脈';

/** The renderer is untrusted web content: isolated, sandboxed, no Node, only the preload. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

export interface MainWindowOptions {
  preloadPath: string;
  /** `<userData>/window-state.json`. */
  stateFile: string;
  /** Work areas of the connected displays, primary first. */
  workAreas: () => Rect[];
}

type WindowConstructor = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

/** Creates the one window at its remembered size and place, and remembers them on close. */
export function createMainWindow(
  Window: WindowConstructor,
  options: MainWindowOptions,
): BrowserWindow {
  const state = fitToDisplays(readWindowState(options.stateFile), options.workAreas());
  const window = new Window({
    title: WINDOW_TITLE,
    width: state.width,
    height: state.height,
    ...(state.x === undefined || state.y === undefined ? {} : { x: state.x, y: state.y }),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    backgroundColor: '#f6f5f1',
    webPreferences: secureWebPreferences(options.preloadPath),
  });
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => rememberWindow(window, options.stateFile));
  return window;
}

function rememberWindow(window: BrowserWindow, stateFile: string): void {
  const bounds = window.getNormalBounds();
  try {
    writeWindowState(stateFile, {
      x: Math.round(bounds.x),
      y: Math.round(bounds.y),
      width: Math.max(MIN_WINDOW_SIZE.width, Math.round(bounds.width)),
      height: Math.max(MIN_WINDOW_SIZE.height, Math.round(bounds.height)),
      maximized: window.isMaximized(),
    });
  } catch (error) {
    // A read-only profile folder must not stop the window from closing.
    console.warn('Longmai could not remember the window size:', error);
  }
}

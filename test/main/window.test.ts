import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { createMainWindow, secureWebPreferences } from '../../electron/main/window.js';
import {
  DEFAULT_WINDOW_STATE,
  WINDOW_STATE_FILE,
  fitToDisplays,
  parseWindowState,
  readWindowState,
} from '../../electron/main/window-state.js';
import { FakeBrowserWindow } from './fake-electron.js';

const Window = FakeBrowserWindow as unknown as new (
  options: BrowserWindowConstructorOptions,
) => BrowserWindow;
const SCREEN = { x: 0, y: 0, width: 1920, height: 1050 };
let dir: string;
let stateFile: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'longmai-window-'));
  stateFile = path.join(dir, WINDOW_STATE_FILE);
  FakeBrowserWindow.instances = [];
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function open(workAreas = [SCREEN]): FakeBrowserWindow {
  createMainWindow(Window, {
    preloadPath: '/app/preload.cjs',
    stateFile,
    workAreas: () => workAreas,
  });
  const window = FakeBrowserWindow.instances.at(-1);
  if (!window) throw new Error('no window was created');
  return window;
}

describe('main window', () => {
  it('isolates and sandboxes the page with only our preload', () => {
    const prefs = open().options.webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
    });
    expect(prefs).toEqual(secureWebPreferences('/app/preload.cjs'));
  });

  it('opens at the default size the first time', () => {
    const window = open();
    expect(window.options).toMatchObject({
      width: DEFAULT_WINDOW_STATE.width,
      height: DEFAULT_WINDOW_STATE.height,
    });
    expect(window.options.x).toBeUndefined();
  });

  it('shows itself only once the page is ready, so it never flashes white', () => {
    const window = open();
    expect(window.options.show).toBe(false);
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
  });

  it('remembers its size, place and maximized state for the next launch', () => {
    const first = open();
    first.bounds = { x: 120, y: 80, width: 1400, height: 900 };
    first.maximized = true;
    first.emit('close');
    const second = open();
    expect(second.options).toMatchObject({ x: 120, y: 80, width: 1400, height: 900 });
    expect(second.maximized).toBe(true);
  });

  it('ignores a corrupt window-state.json and opens at the default size', () => {
    fs.writeFileSync(stateFile, '{"width": 1400, "height": ');
    expect(open().options).toMatchObject({ width: DEFAULT_WINDOW_STATE.width });
    fs.writeFileSync(stateFile, JSON.stringify({ width: 'wide', height: 900, maximized: false }));
    expect(open().options).toMatchObject({ width: DEFAULT_WINDOW_STATE.width });
  });
});

describe('window state', () => {
  it('refuses implausible sizes and half a position', () => {
    expect(parseWindowState('{"width":10,"height":900,"maximized":false}')).toBeNull();
    expect(parseWindowState('{"width":1000,"height":900,"x":5,"maximized":false}')).toBeNull();
    expect(parseWindowState('[]')).toBeNull();
    expect(parseWindowState('{"width":1000,"height":900,"maximized":false}')).toEqual({
      width: 1000,
      height: 900,
      maximized: false,
    });
  });

  it('reads a missing file as the default', () => {
    expect(readWindowState(path.join(dir, 'absent.json'))).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('centres a window whose display was unplugged', () => {
    const state = { x: 3000, y: 200, width: 1200, height: 800, maximized: false };
    expect(fitToDisplays(state, [SCREEN])).toEqual({ width: 1200, height: 800, maximized: false });
  });

  it('shrinks a window larger than the display and pulls it fully on screen', () => {
    const state = { x: -100, y: 500, width: 2500, height: 800, maximized: false };
    expect(fitToDisplays(state, [SCREEN])).toEqual({
      x: 0,
      y: 250,
      width: 1920,
      height: 800,
      maximized: false,
    });
  });

  it('keeps a window on the second display where it was left', () => {
    const second = { x: 1920, y: 0, width: 1280, height: 1000 };
    const state = { x: 2000, y: 100, width: 1000, height: 700, maximized: false };
    expect(fitToDisplays(state, [SCREEN, second])).toEqual(state);
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/csp.js';
import { METHOD_NAMES, channelOf } from '../../shared/ipc/methods.js';
import { translate } from '../../shared/i18n/translate.js';
import {
  FakeBrowserWindow,
  createFakeElectron,
  lastMenu,
  type FakeElectron,
} from './fake-electron.js';
import { createFakeServices, projectAt, type FakeServices } from './fake-services.js';

const APP = '/opt/longmai';
let userData: string;
let fake: FakeElectron;
let services: FakeServices['services'];
let createServices: ReturnType<typeof vi.fn>;
const originalArgv = process.argv;

beforeEach(() => {
  userData = fs.mkdtempSync(path.join(os.tmpdir(), 'longmai-main-'));
  fake = createFakeElectron({ userData, appPath: APP });
  services = createFakeServices().services;
  createServices = vi.fn(() => services);
});
afterEach(() => {
  process.argv = originalArgv;
  fs.rmSync(userData, { recursive: true, force: true });
});

/** A fresh module registry in which `electron` and the services are the fakes. */
function mockModules(): void {
  vi.resetModules();
  vi.doMock('electron', () => fake.module);
  vi.doMock('../../electron/services/index.js', () => ({ createServices }));
}

/** Loads the real main entry against the fake electron and waits for the window to load. */
async function startMain({ mocked = false } = {}): Promise<FakeBrowserWindow> {
  if (!mocked) mockModules();
  await import('../../electron/main/index.js');
  return vi.waitFor(() => {
    const window = FakeBrowserWindow.instances[0];
    if (!window || window.loadFile.mock.calls.length === 0) throw new Error('not loaded yet');
    return window;
  });
}

describe('main process entry', () => {
  it('opens the last project or the sample with services in the user-data folder', async () => {
    await startMain();
    expect(createServices).toHaveBeenCalledWith(expect.objectContaining({ userDataDir: userData }));
    expect(services.openLastOrSample).toHaveBeenCalledTimes(1);
  });

  it('loads the built renderer into one securely configured window', async () => {
    const window = await startMain();
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect(window.options.webPreferences).toMatchObject({
      preload: path.join(APP, 'dist', 'electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(window.loadFile).toHaveBeenCalledWith(path.join(APP, 'dist', 'renderer', 'index.html'));
  });

  it('sets the CSP header and refuses permissions for the session', async () => {
    await startMain();
    let headers: Record<string, string | string[]> | undefined;
    fake.session.headersListener?.({ url: 'file:///x', responseHeaders: {} }, (response) => {
      headers = response.responseHeaders;
    });
    expect(headers?.['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    const granted = vi.fn();
    fake.session.permissionRequestHandler?.({}, 'media', granted);
    expect(granted).toHaveBeenCalledWith(false);
  });

  it('hardens every web contents the app creates', async () => {
    await startMain();
    const contents = FakeBrowserWindow.instances[0]?.webContents;
    fake.app.emit('web-contents-created', {}, contents);
    expect(contents?.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({
      action: 'deny',
    });
  });

  it('registers every contract method once and serves calls from its own window only', async () => {
    const window = await startMain();
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual(METHOD_NAMES.map(channelOf).sort());
    const handler = fake.ipcMain.handlers.get(channelOf('session.get'));
    const ours = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    expect(await handler?.(ours, undefined)).toMatchObject({ ok: true });
    const stranger = { sender: { id: -1 }, senderFrame: window.webContents.mainFrame };
    expect(await handler?.(stranger, undefined)).toMatchObject({
      ok: false,
      error: { code: 'E_FORBIDDEN_SENDER' },
    });
  });

  it('installs the menu in the session language and switches language from it', async () => {
    const window = await startMain();
    const fileMenu = lastMenu(fake)[0];
    expect(fileMenu?.label).toBe(translate('zh-Hans', 'menu.file'));
    const english = findItem(lastMenu(fake), 'locale-en');
    (english.click as () => void)();
    await vi.waitFor(() => expect(lastMenu(fake)[0]?.label).toBe('File'));
    expect(services.handlers['session.setLocale']).toHaveBeenCalledWith({ locale: 'en' });
    expect(window.webContents.sent).toContainEqual({
      channel: 'longmai-event:locale-changed',
      payload: { locale: 'en' },
    });
  });

  it('opens a project named on the command line instead of the last one', async () => {
    process.argv = ['electron', APP, 'plans/cnc.longmai'];
    await startMain();
    expect(services.openProject).toHaveBeenCalledWith(path.resolve('plans/cnc.longmai'));
    expect(services.openLastOrSample).not.toHaveBeenCalled();
    expect(services.current()).toEqual(projectAt(path.resolve('plans/cnc.longmai')));
  });

  it('falls back to the last project and says why when the named file does not open', async () => {
    process.argv = ['electron', APP, 'broken.longmai'];
    mockModules();
    // The error class main will recognise is the one in main's (fresh) module registry.
    const { LongmaiError } = await import('../../shared/ipc/errors.js');
    services.openProject.mockRejectedValueOnce(new LongmaiError('E_DAMAGED', 'damaged'));
    const window = await startMain({ mocked: true });
    expect(services.openLastOrSample).toHaveBeenCalledTimes(1);
    const broken = path.resolve('broken.longmai');
    await vi.waitFor(() =>
      expect(fake.module.dialog.showMessageBox).toHaveBeenCalledWith(
        window,
        expect.objectContaining({
          detail: translate('zh-Hans', 'error.E_DAMAGED', { path: broken }),
        }),
      ),
    );
  });

  it('leaves the running instance in charge when another one holds the lock', async () => {
    fake.app.requestSingleInstanceLock.mockReturnValue(false);
    mockModules();
    await import('../../electron/main/index.js');
    expect(fake.app.quit).toHaveBeenCalled();
    expect(createServices).not.toHaveBeenCalled();
  });

  it('closes the services when the app quits', async () => {
    await startMain();
    fake.app.emit('will-quit');
    expect(services.close).toHaveBeenCalledTimes(1);
  });
});

function findItem(
  template: Electron.MenuItemConstructorOptions[],
  id: string,
): Electron.MenuItemConstructorOptions {
  for (const item of template) {
    if (item.id === id) return item;
    if (Array.isArray(item.submenu)) {
      const found = findItem(item.submenu, id);
      if (found.id === id) return found;
    }
  }
  return {};
}

// A stand-in for the parts of the `electron` module main and preload use. It records what the
// code under test asked for (window options, handlers, menus, headers) so tests can assert on it.
import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';
import { vi, type Mock } from 'vitest';
import type { BrowserWindowConstructorOptions, MenuItemConstructorOptions } from 'electron';

export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

let nextContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextContentsId++;
  readonly mainFrame: FakeFrame = { url: 'about:blank', parent: null };
  readonly sent: { channel: string; payload: unknown }[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  readonly reload: Mock<() => void> = vi.fn();
  readonly toggleDevTools: Mock<() => void> = vi.fn();

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  isDestroyed(): boolean {
    return false;
  }
}

export interface FakeRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  bounds: FakeRect;
  maximized = false;
  readonly show: Mock<() => void> = vi.fn();
  readonly focus: Mock<() => void> = vi.fn();
  readonly restore: Mock<() => void> = vi.fn();
  readonly loadFile = vi.fn((file: string) => {
    this.webContents.mainFrame.url = pathToFileURL(file).href;
    return Promise.resolve();
  });
  readonly loadURL = vi.fn((url: string) => {
    this.webContents.mainFrame.url = url;
    return Promise.resolve();
  });

  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    this.bounds = {
      x: options.x ?? 50,
      y: options.y ?? 50,
      width: options.width ?? 800,
      height: options.height ?? 600,
    };
    FakeBrowserWindow.instances.push(this);
  }
  getNormalBounds(): FakeRect {
    return this.bounds;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMinimized(): boolean {
    return false;
  }
  isDestroyed(): boolean {
    return false;
  }
}

type HeadersListener = (
  details: { url: string; responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string | string[]> }) => void,
) => void;
type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
) => void;
type InvokeHandler = (event: unknown, arg: unknown) => Promise<unknown>;

export interface FakeDisplay {
  id: number;
  workArea: FakeRect;
}

/** A fresh fake `electron` module; `module` is what vi.doMock('electron') should return. */
export function createFakeElectron(options: { userData: string; appPath: string }) {
  FakeBrowserWindow.instances = [];
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    getPath: vi.fn((name: string) => (name === 'userData' ? options.userData : `/fake/${name}`)),
    getAppPath: vi.fn(() => options.appPath),
    requestSingleInstanceLock: vi.fn(() => true),
    whenReady: vi.fn(() => Promise.resolve()),
    quit: vi.fn<() => void>(),
    exit: vi.fn<(code?: number) => void>(),
  });
  const handlers = new Map<string, InvokeHandler>();
  const ipcMain = {
    handlers,
    handle: vi.fn((channel: string, handler: InvokeHandler) => {
      // Electron throws on a second handler for one channel; so does the fake.
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, handler);
    }),
    removeHandler: vi.fn((channel: string) => handlers.delete(channel)),
  };
  const session = {
    headersListener: null as HeadersListener | null,
    permissionRequestHandler: null as PermissionRequestHandler | null,
    permissionCheckHandler: null as ((...args: unknown[]) => boolean) | null,
  };
  const defaultSession = {
    webRequest: {
      onHeadersReceived: vi.fn((listener: HeadersListener) => {
        session.headersListener = listener;
      }),
    },
    setPermissionRequestHandler: vi.fn((handler: PermissionRequestHandler) => {
      session.permissionRequestHandler = handler;
    }),
    setPermissionCheckHandler: vi.fn((handler: (...args: unknown[]) => boolean) => {
      session.permissionCheckHandler = handler;
    }),
  };
  const menus: MenuItemConstructorOptions[][] = [];
  const Menu = {
    buildFromTemplate: vi.fn((template: MenuItemConstructorOptions[]) => ({ template })),
    setApplicationMenu: vi.fn((menu: { template: MenuItemConstructorOptions[] } | null) => {
      if (menu) menus.push(menu.template);
    }),
  };
  const displays: FakeDisplay[] = [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1050 } }];
  const ipcRenderer = Object.assign(new EventEmitter(), {
    invoke: vi.fn((channel: string, arg?: unknown) => Promise.resolve({ channel, arg })),
  });
  const module = {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain,
    session: { defaultSession },
    Menu,
    dialog: {
      showSaveDialog: vi.fn(() => Promise.resolve({ canceled: true, filePath: '' })),
      showOpenDialog: vi.fn(() => Promise.resolve({ canceled: true, filePaths: [] as string[] })),
      showMessageBox: vi.fn(() => Promise.resolve({ response: 0, checkboxChecked: false })),
      showErrorBox: vi.fn<(title: string, content: string) => void>(),
    },
    shell: {
      showItemInFolder: vi.fn<(fullPath: string) => void>(),
      openPath: vi.fn<(fullPath: string) => Promise<string>>(() => Promise.resolve('')),
    },
    screen: {
      getAllDisplays: vi.fn(() => displays),
      getPrimaryDisplay: vi.fn(() => displays[0]),
    },
    // No keychain, as on a headless Linux: keys stay in owner-only files.
    safeStorage: {
      isEncryptionAvailable: vi.fn(() => false),
      getSelectedStorageBackend: vi.fn(() => 'basic_text'),
      encryptString: vi.fn((text: string) => Buffer.from(text)),
      decryptString: vi.fn((data: Buffer) => data.toString()),
    },
    contextBridge: { exposeInMainWorld: vi.fn<(key: string, api: unknown) => void>() },
    ipcRenderer,
  };
  return { module, app, ipcMain, session, menus, displays, ipcRenderer };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;

/** The last application menu main installed. */
export function lastMenu(fake: FakeElectron): MenuItemConstructorOptions[] {
  const menu = fake.menus.at(-1);
  if (!menu) throw new Error('no application menu was set');
  return menu;
}

import path from 'node:path';
import type {
  App,
  BrowserWindow,
  BrowserWindowConstructorOptions,
  Dialog,
  IpcMain,
  Menu,
  Screen,
  Session,
  Shell,
} from 'electron';
import type { MethodName } from '../../shared/ipc/contract.js';
import type { Locale } from '../../shared/i18n/locales.js';
import type { Services, ServicesOptions } from '../services/types.js';
import type { SyncServicesOptions } from '../services/index.js';
import { withChosenPaths } from '../services/handlers/sync-paths.js';
import { createEventSender } from './events.js';
import { withEvidenceOpening } from './evidence-open.js';
import { registerIpc } from './ipc.js';
import { buildMenuTemplate, type MenuActions } from './menu.js';
import { createProjectActions, type ProjectActions } from './project-actions.js';
import { resolveRendererLocation, type RendererLocation } from './renderer-location.js';
import { secureSession } from './security.js';
import { createSenderCheck } from './sender.js';
import { loadRenderer, openFirstProject, workAreasOf } from './startup.js';
import { createMainWindow, type MainWindowOptions } from './window.js';
import { keychainProtector, type KeychainParts } from './key-protector.js';
import { createPacketOpener } from './packet-open.js';
import { createPathChooser } from './sync-dialogs.js';
import { WINDOW_STATE_FILE } from './window-state.js';

/** The parts of the `electron` module the shell uses, passed in so tests can fake them. */
export interface ElectronParts {
  app: Pick<App, 'getPath' | 'getAppPath' | 'isPackaged' | 'quit'>;
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  session: { defaultSession: Session };
  Menu: Pick<typeof Menu, 'buildFromTemplate' | 'setApplicationMenu'>;
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog' | 'showMessageBox'>;
  shell: Pick<Shell, 'showItemInFolder' | 'openPath'>;
  screen: Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay'>;
  /** Seals the party's private keys; absent where there is no keychain. */
  safeStorage?: KeychainParts;
}

export interface ShellOptions {
  /** LONGMAI_DEV_URL from `npm run dev`; ignored in a packaged app. */
  devUrl: string | undefined;
  /** A project named on the command line; opened instead of the last one. */
  initialFile: string | null;
  platform: NodeJS.Platform;
}

export interface RunningShell {
  services: Services;
  actions: ProjectActions;
  location: RendererLocation;
  window: () => BrowserWindow | null;
  /** Brings the window forward, creating it again if it was closed (macOS dock click). */
  showWindow: () => void;
  /** Preview a sync packet the system handed over; the renderer shows it. */
  openPacket: (file: string) => Promise<void>;
  stop: () => void;
}

/** Calls from the renderer after which the menu (language, recent list) is out of date. */
const MENU_AFFECTING: ReadonlySet<MethodName> = new Set([
  'session.setLocale',
  'project.openSample',
  'project.openRecent',
  'sync.join',
]);

export async function startShell(
  electron: ElectronParts,
  createServices: (options: ServicesOptions & SyncServicesOptions) => Services,
  options: ShellOptions,
): Promise<RunningShell> {
  const { app, dialog } = electron;
  const appPath = app.getAppPath();
  const location = resolveRendererLocation({
    rendererDir: path.join(appPath, 'dist', 'renderer'),
    devUrl: options.devUrl,
    isPackaged: app.isPackaged,
  });
  secureSession(electron.session.defaultSession, location);
  const userDataDir = app.getPath('userData');
  let window: BrowserWindow | null = null;
  const send = createEventSender(() => window?.webContents ?? null);
  const services = createServices({
    userDataDir,
    keyProtector: keychainProtector(electron.safeStorage, options.platform),
    notify: send,
  });
  const locale = async (): Promise<Locale> =>
    (await services.handlers['session.get'](undefined)).locale;

  async function refreshMenu(): Promise<void> {
    const session = await services.handlers['session.get'](undefined);
    const template = buildMenuTemplate(
      {
        locale: session.locale,
        recent: session.recent,
        hasProject: services.current() !== null,
        isDev: !app.isPackaged,
        platform: options.platform,
      },
      menuActions,
    );
    electron.Menu.setApplicationMenu(electron.Menu.buildFromTemplate(template));
  }

  const actions = createProjectActions({
    services,
    dialog,
    shell: electron.shell,
    window: () => window,
    locale,
    send,
    documentsDir: app.getPath('documents'),
    onProjectChanged: refreshMenu,
  });

  /** Menu clicks cannot await: a failure is reported instead of becoming an unhandled one. */
  const inBackground = (work: () => Promise<unknown>) => () => {
    work().catch((error: unknown) => actions.report(error).catch(console.error));
  };

  async function changeLocale(next: Locale): Promise<void> {
    await services.handlers['session.setLocale']({ locale: next });
    send('locale-changed', { locale: next });
    await refreshMenu();
  }

  const chooser = createPathChooser({
    dialog,
    window: () => window,
    locale,
    documentsDir: app.getPath('documents'),
  });
  const openPacket = createPacketOpener({
    handlers: services.handlers,
    send,
    report: actions.report,
  });
  async function openPacketWithDialog(): Promise<void> {
    const file = await chooser({ purpose: 'open-packet' });
    if (file !== null) await openPacket(file);
  }

  const menuActions: MenuActions = {
    newProject: inBackground(actions.newProject),
    openProject: inBackground(actions.openProject),
    openRecent: (file) => inBackground(() => actions.openPath(file))(),
    openSample: inBackground(actions.openSample),
    openPacket: inBackground(openPacketWithDialog),
    revealInFolder: actions.revealInFolder,
    quit: () => app.quit(),
    setLocale: (next) => inBackground(() => changeLocale(next))(),
    command: (command) => send('menu-command', { command }),
    reload: () => window?.webContents.reload(),
    toggleDevTools: () => window?.webContents.toggleDevTools(),
  };

  const unregisterIpc = registerIpc(
    electron.ipcMain,
    withChosenPaths(withEvidenceOpening(services.handlers, electron.shell), chooser),
    createSenderCheck(
      () => (window && !window.isDestroyed() ? window.webContents.id : null),
      location,
    ),
    {
      onHandled: (method) => {
        if (MENU_AFFECTING.has(method)) inBackground(refreshMenu)();
      },
      onInternalError: (error) => console.error('Longmai service failure:', error),
    },
  );

  const startupErrors = await openFirstProject(services, options.initialFile);
  await refreshMenu();

  const windowOptions: MainWindowOptions = {
    preloadPath: path.join(appPath, 'dist', 'electron', 'preload.cjs'),
    stateFile: path.join(userDataDir, WINDOW_STATE_FILE),
    workAreas: () => workAreasOf(electron.screen),
  };
  function openWindow(): BrowserWindow {
    const created = createMainWindow(electron.BrowserWindow, windowOptions);
    created.on('closed', () => {
      if (window === created) window = null;
    });
    window = created;
    return created;
  }

  const first = openWindow();
  await loadRenderer(first, location);
  for (const failure of startupErrors) await actions.report(failure.error, failure.file);

  return {
    services,
    actions,
    location,
    openPacket,
    window: () => window,
    showWindow() {
      if (window) {
        if (window.isMinimized()) window.restore();
        window.focus();
        return;
      }
      const created = openWindow();
      inBackground(() => loadRenderer(created, location))();
    },
    stop() {
      unregisterIpc();
      services.close();
    },
  };
}

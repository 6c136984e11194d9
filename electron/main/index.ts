// Entry of the Electron main process: only wiring. Each piece lives in its own file and takes
// its dependencies as arguments, so the tests drive them with a fake `electron`.
import {
  BrowserWindow,
  Menu,
  app,
  dialog,
  ipcMain,
  safeStorage,
  screen,
  session,
  shell,
} from 'electron';
import { createServices } from '../services/index.js';
import { packetPathFromArgv, projectPathFromArgv } from './launch-args.js';
import { hardenAllWebContents } from './security.js';
import { startShell, type RunningShell } from './shell.js';

function main(): void {
  // A second launch (e.g. double-clicking a .longmai file) hands its file to this instance.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  hardenAllWebContents(app);

  let running: RunningShell | null = null;
  let pendingFile = projectPathFromArgv(process.argv, process.cwd());
  // A packet double-clicked while Longmai was closed: previewed once the window is up.
  let pendingPacket = packetPathFromArgv(process.argv, process.cwd());

  const openFile = (file: string) => {
    if (running) void running.actions.openPath(file).then(() => running?.showWindow());
    else pendingFile = file;
  };
  const openPacket = (file: string) => {
    if (running) void running.openPacket(file).then(() => running?.showWindow());
    else pendingPacket = file;
  };

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const file = projectPathFromArgv(argv, workingDirectory);
    const packet = packetPathFromArgv(argv, workingDirectory);
    if (file) openFile(file);
    else if (packet) openPacket(packet);
    else running?.showWindow();
  });
  // macOS delivers files opened from Finder this way, possibly before `ready`.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (file.toLowerCase().endsWith('.longmai-packet')) openPacket(file);
    else openFile(file);
  });
  app.on('activate', () => running?.showWindow());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => running?.stop());

  app
    .whenReady()
    .then(async () => {
      running = await startShell(
        { app, BrowserWindow, ipcMain, session, Menu, dialog, shell, screen, safeStorage },
        createServices,
        {
          devUrl: process.env.LONGMAI_DEV_URL,
          initialFile: pendingFile,
          platform: process.platform,
        },
      );
      if (pendingPacket !== null) await running.openPacket(pendingPacket);
      pendingPacket = null;
    })
    .catch((error: unknown) => {
      console.error('Longmai could not start:', error);
      dialog.showErrorBox('Longmai', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}

main();

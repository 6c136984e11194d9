import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { BaseWindow, MenuItemConstructorOptions } from 'electron';
import type { Dialogs } from '../../electron/main/dialogs.js';
import { packetPathFromArgv } from '../../electron/main/launch-args.js';
import { buildMenuTemplate, type MenuActions } from '../../electron/main/menu.js';
import { createPacketOpener } from '../../electron/main/packet-open.js';
import { createPathChooser } from '../../electron/main/sync-dialogs.js';
import type { PacketPreview } from '../../shared/ipc/contract.js';
import { translate } from '../../shared/i18n/translate.js';

function fakeDialog(answer: { canceled: boolean; filePath?: string; filePaths?: string[] }) {
  const showSaveDialog = vi.fn(() =>
    Promise.resolve({ canceled: answer.canceled, filePath: answer.filePath ?? '' }),
  );
  const showOpenDialog = vi.fn(() =>
    Promise.resolve({ canceled: answer.canceled, filePaths: answer.filePaths ?? [] }),
  );
  const dialog = { showSaveDialog, showOpenDialog, showMessageBox: vi.fn() } as unknown as Dialogs;
  return { dialog, showSaveDialog, showOpenDialog };
}

const noWindow = (): BaseWindow | null => null;

describe('main’s dialogs for sync', () => {
  it('offer the suggested packet name in Documents and return the chosen path', async () => {
    const fake = fakeDialog({ canceled: false, filePath: '/home/me/p.longmai-packet' });
    const choose = createPathChooser({
      dialog: fake.dialog,
      window: noWindow,
      locale: () => Promise.resolve('zh-Hans'),
      documentsDir: '/home/me/Documents',
    });
    await expect(
      choose({ purpose: 'save-packet', suggestedName: 'plan - bearings.longmai-packet' }),
    ).resolves.toBe('/home/me/p.longmai-packet');
    expect(fake.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        title: translate('zh-Hans', 'dialog.savePacketTitle'),
        defaultPath: path.join('/home/me/Documents', 'plan - bearings.longmai-packet'),
        filters: [
          { name: translate('zh-Hans', 'dialog.packetFilter'), extensions: ['longmai-packet'] },
        ],
      }),
    );
  });

  it('open a packet or pick a folder, and answer null when cancelled', async () => {
    const picked = fakeDialog({ canceled: false, filePaths: ['/shared/box'] });
    const choose = createPathChooser({
      dialog: picked.dialog,
      window: noWindow,
      locale: () => Promise.resolve('en'),
      documentsDir: '/docs',
    });
    await expect(choose({ purpose: 'exchange-folder' })).resolves.toBe('/shared/box');
    expect(picked.showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({ properties: ['openDirectory', 'createDirectory'] }),
    );
    const cancelled = createPathChooser({
      dialog: fakeDialog({ canceled: true }).dialog,
      window: noWindow,
      locale: () => Promise.resolve('en'),
      documentsDir: '/docs',
    });
    await expect(cancelled({ purpose: 'open-packet' })).resolves.toBeNull();
    await expect(cancelled({ purpose: 'save-replica' })).resolves.toBeNull();
  });
});

describe('packets opened from the system', () => {
  it('are previewed by the services and shown by the renderer', async () => {
    const preview = { token: 't1', outcome: 'join' } as PacketPreview;
    const openPacket = vi.fn(() => Promise.resolve(preview));
    const send = vi.fn();
    const report = vi.fn(() => Promise.resolve());
    await createPacketOpener({ handlers: { 'sync.openPacket': openPacket }, send, report })(
      '/in/box.longmai-packet',
    );
    expect(openPacket).toHaveBeenCalledWith({ path: '/in/box.longmai-packet' });
    expect(send).toHaveBeenCalledWith('packet-opened', preview);
    expect(report).not.toHaveBeenCalled();
  });

  it('report a file that cannot be read, naming it', async () => {
    const failure = new Error('gone');
    const report = vi.fn(() => Promise.resolve());
    await createPacketOpener({
      handlers: { 'sync.openPacket': () => Promise.reject(failure) },
      send: vi.fn(),
      report,
    })('/in/gone.longmai-packet');
    expect(report).toHaveBeenCalledWith(failure, '/in/gone.longmai-packet');
  });

  it('are found on the command line beside flags and project files', () => {
    expect(
      packetPathFromArgv(['/opt/longmai', '--flag', 'plan.longmai', 'in/Box.LONGMAI-PACKET'], '/w'),
    ).toBe(path.resolve('/w', 'in/Box.LONGMAI-PACKET'));
    expect(packetPathFromArgv(['/opt/longmai', 'plan.longmai'], '/w')).toBeNull();
  });

  it('can be opened from the File menu once a project is open', () => {
    const openPacket = vi.fn();
    const actions = {
      newProject: vi.fn(),
      openProject: vi.fn(),
      openRecent: vi.fn(),
      openSample: vi.fn(),
      openPacket,
      revealInFolder: vi.fn(),
      quit: vi.fn(),
      setLocale: vi.fn(),
      command: vi.fn(),
      reload: vi.fn(),
      toggleDevTools: vi.fn(),
    } satisfies MenuActions;
    const state = {
      locale: 'en' as const,
      recent: [],
      hasProject: true,
      isDev: false,
      platform: 'linux' as const,
    };
    const [file] = buildMenuTemplate(state, actions);
    const item = (file?.submenu as MenuItemConstructorOptions[]).find(
      (i) => i.id === 'open-packet',
    );
    expect(item?.label).toBe(translate('en', 'menu.openPacket'));
    expect(item?.enabled).toBe(true);
  });
});

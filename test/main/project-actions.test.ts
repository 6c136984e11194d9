import { describe, expect, it, vi } from 'vitest';
import { LongmaiError } from '../../shared/ipc/errors.js';
import { translate } from '../../shared/i18n/translate.js';
import type { Locale } from '../../shared/i18n/locales.js';
import { createProjectActions } from '../../electron/main/project-actions.js';
import { createFakeElectron } from './fake-electron.js';
import { createFakeServices, projectAt } from './fake-services.js';

function setup(locale: Locale = 'zh-Hant') {
  const fake = createFakeElectron({ userData: '/tmp/none', appPath: '/app' });
  const { services } = createFakeServices({ locale });
  const send = vi.fn();
  const onProjectChanged = vi.fn(() => Promise.resolve());
  const dialog = fake.module.dialog;
  const actions = createProjectActions({
    services,
    dialog,
    shell: fake.module.shell,
    window: () => null,
    locale: () => Promise.resolve(locale),
    send,
    documentsDir: '/home/me/Documents',
    onProjectChanged,
  });
  return { actions, services, send, onProjectChanged, dialog, shell: fake.module.shell };
}

describe('project actions', () => {
  it('creates a new project named after the chosen file with a localized maker', async () => {
    const { actions, services, send, dialog, onProjectChanged } = setup('zh-Hant');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/p/主軸線' });
    await actions.newProject();
    expect(services.createProject).toHaveBeenCalledWith('/p/主軸線.longmai', {
      name: '主軸線',
      makerName: translate('zh-Hant', 'menu.ourCompany'),
    });
    expect(send).toHaveBeenCalledWith('project-changed', projectAt('/p/主軸線.longmai'));
    expect(onProjectChanged).toHaveBeenCalledTimes(1);
  });

  it('does nothing when the new-project dialog is cancelled', async () => {
    const { actions, services, send } = setup();
    await actions.newProject();
    expect(services.createProject).not.toHaveBeenCalled();
    expect(send).not.toHaveBeenCalled();
  });

  it('opens the file chosen in the open dialog', async () => {
    const { actions, services, send, dialog } = setup();
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/p/a.longmai'] });
    await actions.openProject();
    expect(services.openProject).toHaveBeenCalledWith('/p/a.longmai');
    expect(send).toHaveBeenCalledWith('project-changed', projectAt('/p/a.longmai'));
  });

  it('reports a file that cannot be opened to the renderer and in a message box', async () => {
    const { actions, services, send, dialog, onProjectChanged } = setup('en');
    const refusal = new LongmaiError('E_NOT_SQLITE', 'not an SQLite database', {
      path: '/p/notes.longmai',
    });
    services.openProject.mockRejectedValueOnce(refusal);
    expect(await actions.openPath('/p/notes.longmai')).toBe(false);
    expect(send).toHaveBeenCalledWith('error', refusal.toContractError());
    expect(send).not.toHaveBeenCalledWith('project-changed', expect.anything());
    expect(onProjectChanged).not.toHaveBeenCalled();
    const [options] = dialog.showMessageBox.mock.calls[0] as unknown as [{ detail: string }];
    expect(options).toMatchObject({
      type: 'error',
      title: translate('en', 'dialog.errorTitle'),
      detail: translate('en', 'error.E_NOT_SQLITE', { path: '/p/notes.longmai' }),
    });
  });

  it('words the message box in the user language', async () => {
    const { actions, services, dialog } = setup('zh-Hans');
    services.openProject.mockRejectedValueOnce(new LongmaiError('E_DAMAGED', 'damaged'));
    await actions.openPath('/p/x.longmai');
    const [options] = dialog.showMessageBox.mock.calls[0] as unknown as [{ detail: string }];
    expect(options.detail).toBe(translate('zh-Hans', 'error.E_DAMAGED', { path: '/p/x.longmai' }));
  });

  it('reveals the open project in its folder', async () => {
    const { actions, shell } = setup();
    await actions.openSample();
    actions.revealInFolder();
    expect(shell.showItemInFolder).toHaveBeenCalledWith('/data/sample.longmai');
  });
});

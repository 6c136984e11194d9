import type { MenuItemConstructorOptions } from 'electron';
import type { RecentProject } from '../../shared/ipc/contract.js';
import type { MenuCommand } from '../../shared/ipc/events.js';
import { LOCALES, type Locale } from '../../shared/i18n/locales.js';
import { translate } from '../../shared/i18n/translate.js';
import { SHELL_ONLY_LABELS } from './menu-labels.js';

export interface MenuState {
  locale: Locale;
  recent: readonly RecentProject[];
  hasProject: boolean;
  /** Developer items (reload, devtools) appear only when running from source. */
  isDev: boolean;
  platform: NodeJS.Platform;
}

/** What the menu items do; index.ts wires these to dialogs, services and the window. */
export interface MenuActions {
  newProject: () => void;
  openProject: () => void;
  openRecent: (path: string) => void;
  openSample: () => void;
  /** Open a sync packet to preview it; absent, the File menu offers no such item. */
  openPacket?: () => void;
  revealInFolder: () => void;
  quit: () => void;
  setLocale: (locale: Locale) => void;
  command: (command: MenuCommand) => void;
  reload: () => void;
  toggleDevTools: () => void;
}

const RECENT_SHOWN = 10;

export function buildMenuTemplate(
  state: MenuState,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const t = (key: Parameters<typeof translate>[1]) => translate(state.locale, key);
  const labels = SHELL_ONLY_LABELS[state.locale];
  const recent: MenuItemConstructorOptions[] =
    state.recent.length === 0
      ? [{ label: t('menu.noRecent'), enabled: false }]
      : state.recent.slice(0, RECENT_SHOWN).map((project) => ({
          label: project.name,
          sublabel: project.path,
          click: () => actions.openRecent(project.path),
        }));

  const file: MenuItemConstructorOptions = {
    label: t('menu.file'),
    submenu: [
      {
        id: 'new',
        label: t('menu.new'),
        accelerator: 'CmdOrCtrl+N',
        click: actions.newProject,
      },
      {
        id: 'open',
        label: t('menu.open'),
        accelerator: 'CmdOrCtrl+O',
        click: actions.openProject,
      },
      { id: 'open-recent', label: t('menu.openRecent'), submenu: recent },
      { id: 'open-sample', label: t('menu.openSample'), click: actions.openSample },
      ...(actions.openPacket
        ? [
            { type: 'separator' as const },
            {
              id: 'open-packet',
              label: t('menu.openPacket'),
              enabled: state.hasProject,
              click: actions.openPacket,
            },
          ]
        : []),
      { type: 'separator' },
      {
        id: 'reveal',
        label: t('menu.reveal'),
        enabled: state.hasProject,
        click: actions.revealInFolder,
      },
      { type: 'separator' },
      { id: 'quit', label: t('menu.quit'), accelerator: 'CmdOrCtrl+Q', click: actions.quit },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: t('menu.edit'),
    submenu: [
      { label: labels.undo, role: 'undo' },
      { label: labels.redo, role: 'redo' },
      { type: 'separator' },
      { label: labels.cut, role: 'cut' },
      { label: labels.copy, role: 'copy' },
      { label: labels.paste, role: 'paste' },
      { label: labels.selectAll, role: 'selectAll' },
      { type: 'separator' },
      {
        id: 'add-node',
        label: t('menu.addNode'),
        enabled: state.hasProject,
        click: () => actions.command('addNode'),
      },
      {
        // No accelerator: a Delete shortcut here would swallow the key in text fields.
        id: 'delete-selection',
        label: t('menu.deleteSelection'),
        enabled: state.hasProject,
        click: () => actions.command('deleteSelection'),
      },
    ],
  };

  const developer: MenuItemConstructorOptions[] = state.isDev
    ? [
        { type: 'separator' },
        { id: 'reload', label: labels.reload, accelerator: 'CmdOrCtrl+R', click: actions.reload },
        {
          id: 'devtools',
          label: labels.toggleDevTools,
          accelerator: 'CmdOrCtrl+Alt+I',
          click: actions.toggleDevTools,
        },
      ]
    : [];

  const view: MenuItemConstructorOptions = {
    label: t('menu.view'),
    submenu: [
      { id: 'fit-view', label: t('menu.fitView'), click: () => actions.command('fitView') },
      {
        id: 'toggle-inspector',
        label: t('menu.toggleInspector'),
        click: () => actions.command('toggleInspector'),
      },
      ...developer,
    ],
  };

  const language: MenuItemConstructorOptions = {
    label: t('menu.language'),
    submenu: LOCALES.map((locale) => ({
      id: `locale-${locale}`,
      label: t(`locale.${locale}`),
      type: 'radio' as const,
      checked: locale === state.locale,
      click: () => actions.setLocale(locale),
    })),
  };

  const help: MenuItemConstructorOptions = {
    label: t('menu.help'),
    submenu: [{ id: 'about', label: t('menu.about'), role: 'about' }],
  };

  const app: MenuItemConstructorOptions[] =
    state.platform === 'darwin' ? [{ role: 'appMenu' }] : [];
  return [...app, file, edit, view, language, help];
}

import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { LOCALES, type Locale } from '../../shared/i18n/locales.js';
import { translate } from '../../shared/i18n/translate.js';
import type { MenuCommand } from '../../shared/ipc/events.js';
import { buildMenuTemplate, type MenuActions, type MenuState } from '../../electron/main/menu.js';

function actions() {
  return {
    newProject: vi.fn<() => void>(),
    openProject: vi.fn<() => void>(),
    openRecent: vi.fn<(path: string) => void>(),
    openSample: vi.fn<() => void>(),
    revealInFolder: vi.fn<() => void>(),
    quit: vi.fn<() => void>(),
    setLocale: vi.fn<(locale: Locale) => void>(),
    command: vi.fn<(command: MenuCommand) => void>(),
    reload: vi.fn<() => void>(),
    toggleDevTools: vi.fn<() => void>(),
  } satisfies MenuActions;
}

const baseState: MenuState = {
  locale: 'zh-Hans',
  recent: [],
  hasProject: true,
  isDev: false,
  platform: 'linux',
};

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? items(item.submenu) : []),
  ]);
}

function byId(template: MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions {
  const found = items(template).find((item) => item.id === id);
  if (!found) throw new Error(`no menu item ${id}`);
  return found;
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as (() => void) | undefined)?.();
}

describe('application menu', () => {
  it.each(LOCALES)('offers the project commands in %s', (locale: Locale) => {
    const template = buildMenuTemplate({ ...baseState, locale }, actions());
    const expected = {
      new: 'menu.new',
      open: 'menu.open',
      'open-recent': 'menu.openRecent',
      'open-sample': 'menu.openSample',
      reveal: 'menu.reveal',
      quit: 'menu.quit',
    } as const;
    for (const [id, key] of Object.entries(expected)) {
      expect(byId(template, id).label).toBe(translate(locale, key));
    }
  });

  it('offers the three languages as radio items with the current one checked', () => {
    const template = buildMenuTemplate({ ...baseState, locale: 'zh-Hant' }, actions());
    const languages = LOCALES.map((locale) => byId(template, `locale-${locale}`));
    expect(languages.map((item) => item.label)).toEqual(['简体中文', '繁體中文', 'English']);
    expect(languages.every((item) => item.type === 'radio')).toBe(true);
    expect(languages.map((item) => item.checked)).toEqual([false, true, false]);
  });

  it('switches the language through the chosen radio item', () => {
    const menuActions = actions();
    click(byId(buildMenuTemplate(baseState, menuActions), 'locale-en'));
    expect(menuActions.setLocale).toHaveBeenCalledWith('en');
  });

  it('lists recent projects by name and opens the chosen path', () => {
    const menuActions = actions();
    const recent = [
      { path: '/p/a.longmai', name: '五軸加工中心', openedAt: '2025-01-02T00:00:00Z' },
      { path: '/p/b.longmai', name: 'Spindle', openedAt: '2025-01-01T00:00:00Z' },
    ];
    const template = buildMenuTemplate({ ...baseState, recent }, menuActions);
    const submenu = byId(template, 'open-recent').submenu as MenuItemConstructorOptions[];
    expect(submenu.map((item) => item.label)).toEqual(['五軸加工中心', 'Spindle']);
    click(submenu[1] ?? {});
    expect(menuActions.openRecent).toHaveBeenCalledWith('/p/b.longmai');
  });

  it('shows a disabled placeholder when nothing was opened recently', () => {
    const template = buildMenuTemplate({ ...baseState, recent: [] }, actions());
    const submenu = byId(template, 'open-recent').submenu as MenuItemConstructorOptions[];
    expect(submenu).toEqual([{ label: translate('zh-Hans', 'menu.noRecent'), enabled: false }]);
  });

  it('disables Reveal in Folder while no project is open', () => {
    const template = buildMenuTemplate({ ...baseState, hasProject: false }, actions());
    expect(byId(template, 'reveal').enabled).toBe(false);
  });

  it('sends view commands to the renderer instead of reloading', () => {
    const menuActions = actions();
    const template = buildMenuTemplate(baseState, menuActions);
    click(byId(template, 'fit-view'));
    click(byId(template, 'toggle-inspector'));
    expect(menuActions.command.mock.calls).toEqual([['fitView'], ['toggleInspector']]);
  });

  it('offers developer tools only when running from source', () => {
    const packaged = items(buildMenuTemplate(baseState, actions()));
    expect(packaged.some((item) => item.id === 'devtools' || item.id === 'reload')).toBe(false);
    const dev = buildMenuTemplate({ ...baseState, isDev: true }, actions());
    expect(byId(dev, 'devtools').label).toBeTruthy();
  });
});

/** Commands and notices main pushes to the renderer (menu items, project switches). */
export const MENU_COMMANDS = ['addNode', 'deleteSelection', 'fitView', 'toggleInspector'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface EventPayloads {
  /** The open project changed (opened from the menu, a new file, the sample). */
  'project-changed': { path: string; name: string; schemaVersion: number } | null;
  /** Language chosen from the menu. */
  'locale-changed': { locale: string };
  /** A menu item the renderer carries out. */
  'menu-command': { command: MenuCommand };
  /** A failure in a main-side action (e.g. opening a damaged file from the menu). */
  error: { code: string; message: string; params?: Record<string, string | number | string[]> };
}
export type EventName = keyof EventPayloads;
export const EVENT_NAMES = [
  'project-changed',
  'locale-changed',
  'menu-command',
  'error',
] as const satisfies readonly EventName[];
export const EVENT_CHANNEL_PREFIX = 'longmai-event:';

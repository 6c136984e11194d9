import type { PacketPreview } from './contract/sync-types.js';

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
  /** How far a packet preview or import has got (sync, issue 6). */
  'sync-progress': SyncProgress;
  /** Sync state changed outside a call: a packet picked up, applied, queued or quarantined. */
  'sync-changed': SyncChange;
  /** A packet opened from the system (double-click, second launch): show its preview. */
  'packet-opened': PacketPreview;
}

export interface SyncProgress {
  token: string;
  phase: 'reading' | 'verifying' | 'previewing' | 'applying' | 'done';
  done: number;
  total: number;
}

export interface SyncChange {
  reason: 'applied' | 'auto-applied' | 'queued' | 'quarantined' | 'exported' | 'settings';
  fileName?: string;
  party?: string;
  applied?: number;
  code?: string;
}
export type EventName = keyof EventPayloads;
export const EVENT_NAMES = [
  'project-changed',
  'locale-changed',
  'menu-command',
  'error',
  'sync-progress',
  'sync-changed',
  'packet-opened',
] as const satisfies readonly EventName[];
export const EVENT_CHANNEL_PREFIX = 'longmai-event:';

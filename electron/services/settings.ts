import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { RecentProject } from '../../shared/ipc/contract.js';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../shared/i18n/locales.js';
import { newId } from './ids.js';

export const MAX_RECENT = 10;
const SETTINGS_FILE = 'settings.json';

export interface Settings {
  locale: Locale;
  recent: RecentProject[];
}

const settingsSchema = z.object({
  locale: z.enum(LOCALES).catch(DEFAULT_LOCALE),
  recent: z
    .array(
      z.object({
        path: z.string().min(1).max(4096),
        name: z.string().max(200),
        openedAt: z.string().max(40),
      }),
    )
    .catch([])
    .transform((list) => list.slice(0, MAX_RECENT)),
});

export function defaultSettings(): Settings {
  return { locale: DEFAULT_LOCALE, recent: [] };
}

export function settingsPath(userDataDir: string): string {
  return path.join(userDataDir, SETTINGS_FILE);
}

/** A missing, unreadable or corrupt settings file means the defaults, never a failed start. */
export function loadSettings(userDataDir: string): Settings {
  let text: string;
  try {
    text = fs.readFileSync(settingsPath(userDataDir), 'utf8');
  } catch {
    return defaultSettings();
  }
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : defaultSettings();
  } catch {
    return defaultSettings();
  }
}

/** Write to a temporary file and rename it over the old one, so a crash never leaves half a file. */
export function saveSettings(userDataDir: string, settings: Settings): void {
  fs.mkdirSync(userDataDir, { recursive: true });
  const target = settingsPath(userDataDir);
  const temporary = `${target}.${newId()}.tmp`;
  try {
    fs.writeFileSync(temporary, `${JSON.stringify(settings, null, 2)}\n`, { encoding: 'utf8' });
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

/** Put a project at the top of the recent list, once, keeping at most MAX_RECENT. */
export function withRecent(settings: Settings, entry: RecentProject): Settings {
  const others = settings.recent.filter((item) => item.path !== entry.path);
  return { ...settings, recent: [entry, ...others].slice(0, MAX_RECENT) };
}

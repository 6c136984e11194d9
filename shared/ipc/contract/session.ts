import { z } from 'zod';
import type { SnapshotColumns } from '../../model/snapshot-columns.js';
import { LOCALES, type Locale } from '../../i18n/locales.js';
import { noArgs } from './no-args.js';

/** What the renderer knows about the open project file. */
export interface ProjectInfo {
  path: string;
  name: string;
  schemaVersion: number;
}

export interface RecentProject {
  path: string;
  name: string;
  openedAt: string;
}

export interface SessionState {
  locale: Locale;
  project: ProjectInfo | null;
  recent: RecentProject[];
}

/** Session and project-file methods: language, recent files, the sample, loading. */
export const SESSION_METHODS = {
  'session.get': { args: noArgs, result: {} as SessionState },
  'session.setLocale': {
    args: z.object({ locale: z.enum(LOCALES) }).strict(),
    result: {} as SessionState,
  },
  'project.openSample': { args: noArgs, result: {} as ProjectInfo },
  'project.openRecent': {
    args: z.object({ path: z.string().min(1).max(4096) }).strict(),
    result: {} as ProjectInfo,
  },
  'project.load': { args: noArgs, result: {} as SnapshotColumns },
} as const;

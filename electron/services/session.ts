import fs from 'node:fs';
import path from 'node:path';
import type { ProjectInfo, SessionState } from '../../shared/ipc/contract.js';
import { LongmaiError } from '../../shared/ipc/errors.js';
import type { Locale } from '../../shared/i18n/locales.js';
import { createProjectFile } from './project-file.js';
import { SAMPLE_PROJECT } from './sample/index.js';
import { loadSettings, saveSettings, withRecent, type Settings } from './settings.js';
import { openProjectStore, type ProjectStore } from './store/index.js';
import type { NewProjectOptions } from './types.js';

export const SAMPLE_FILE_NAME = 'sample.longmai';

function infoOf(store: ProjectStore): ProjectInfo {
  return { path: store.path, name: store.project().name, schemaVersion: store.schemaVersion };
}

/** The open project (at most one) and the settings that outlive it. */
export class ProjectSession {
  private store: ProjectStore | null = null;
  private settings: Settings;

  constructor(
    private readonly userDataDir: string,
    private readonly now: () => number,
  ) {
    this.settings = loadSettings(userDataDir);
  }

  state(): SessionState {
    return { locale: this.settings.locale, project: this.info(), recent: this.settings.recent };
  }

  setLocale(locale: Locale): SessionState {
    this.save({ ...this.settings, locale });
    return this.state();
  }

  info(): ProjectInfo | null {
    return this.store ? infoOf(this.store) : null;
  }

  require(): ProjectStore {
    if (!this.store) throw new LongmaiError('E_NO_PROJECT', 'no project is open');
    return this.store;
  }

  /** A file that fails to open leaves the current project open and the recent list as is. */
  open(filePath: string): ProjectInfo {
    const resolved = path.resolve(filePath);
    if (this.store?.path === resolved) return this.remember(this.store);
    return this.switchTo(openProjectStore(resolved, { now: this.now }));
  }

  openRecent(filePath: string): ProjectInfo {
    if (!this.settings.recent.some((item) => item.path === filePath)) {
      throw new LongmaiError('E_NOT_FOUND', `${filePath} is not in the recent list`, {
        path: filePath,
      });
    }
    return this.open(filePath);
  }

  create(filePath: string, options: NewProjectOptions): ProjectInfo {
    return this.switchTo(createProjectFile(path.resolve(filePath), options, this.now));
  }

  samplePath(): string {
    return path.join(this.userDataDir, SAMPLE_FILE_NAME);
  }

  openSample(): ProjectInfo {
    const samplePath = this.samplePath();
    if (fs.existsSync(samplePath)) return this.open(samplePath);
    fs.mkdirSync(this.userDataDir, { recursive: true });
    return this.create(samplePath, SAMPLE_PROJECT);
  }

  /** Start-up: the most recent project that still opens, else the sample. */
  openLastOrSample(): ProjectInfo {
    for (const { path: recentPath } of this.settings.recent) {
      try {
        return this.open(recentPath);
      } catch (error) {
        if (!(error instanceof LongmaiError)) throw error;
      }
    }
    return this.openSample();
  }

  close(): void {
    this.store?.close();
    this.store = null;
  }

  /** Recorded in the recent list first, so a failure there leaves the old project open. */
  private switchTo(store: ProjectStore): ProjectInfo {
    let info: ProjectInfo;
    try {
      info = this.remember(store);
    } catch (error) {
      store.close();
      throw error;
    }
    this.store?.close();
    this.store = store;
    return info;
  }

  private remember(store: ProjectStore): ProjectInfo {
    const info = infoOf(store);
    const openedAt = new Date(this.now()).toISOString();
    this.save(withRecent(this.settings, { path: info.path, name: info.name, openedAt }));
    return info;
  }

  private save(settings: Settings): void {
    this.settings = settings;
    saveSettings(this.userDataDir, settings);
  }
}

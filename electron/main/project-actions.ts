import type { BaseWindow, Shell } from 'electron';
import type { ProjectInfo } from '../../shared/ipc/contract.js';
import { LongmaiError, type ContractError } from '../../shared/ipc/errors.js';
import type { Locale } from '../../shared/i18n/locales.js';
import type { Services } from '../services/types.js';
import {
  askNewProjectPath,
  askProjectToOpen,
  projectNameOf,
  showErrorBox,
  type Dialogs,
} from './dialogs.js';
import type { SendEvent } from './events.js';
import { translate } from '../../shared/i18n/translate.js';

export interface ProjectActionsDeps {
  services: Pick<Services, 'openProject' | 'createProject' | 'openSample' | 'current'>;
  dialog: Dialogs;
  shell: Pick<Shell, 'showItemInFolder'>;
  window: () => BaseWindow | null;
  locale: () => Promise<Locale>;
  send: SendEvent;
  documentsDir: string;
  /** After the open project changed (main rebuilds the menu's recent list). */
  onProjectChanged: () => Promise<void>;
}

/** The project operations the menu, the command line and a second launch start. */
export interface ProjectActions {
  newProject: () => Promise<void>;
  openProject: () => Promise<void>;
  openPath: (file: string) => Promise<boolean>;
  openSample: () => Promise<void>;
  revealInFolder: () => void;
  report: (error: unknown, file?: string) => Promise<void>;
}

export function toContractError(error: unknown): ContractError {
  if (error instanceof LongmaiError) return error.toContractError();
  return { code: 'E_INTERNAL', message: error instanceof Error ? error.message : String(error) };
}

export function createProjectActions(deps: ProjectActionsDeps): ProjectActions {
  /** Tells the renderer and the user in their language: an event for the UI, a modal box. */
  async function report(error: unknown, file?: string): Promise<void> {
    const contractError = toContractError(error);
    if (contractError.code === 'E_INTERNAL') console.error('Longmai:', error);
    deps.send('error', contractError);
    await showErrorBox(deps.dialog, deps.window(), await deps.locale(), contractError, file);
  }

  /** Runs one open or create; true when the project changed. */
  async function run(work: () => Promise<ProjectInfo>, file?: string): Promise<boolean> {
    let info: ProjectInfo;
    try {
      info = await work();
    } catch (error) {
      await report(error, file);
      return false;
    }
    deps.send('project-changed', info);
    await deps.onProjectChanged();
    return true;
  }

  return {
    report,
    openPath: (file) => run(() => deps.services.openProject(file), file),
    async newProject() {
      const locale = await deps.locale();
      const file = await askNewProjectPath(deps.dialog, deps.window(), locale, deps.documentsDir);
      if (file === null) return;
      const options = {
        name: projectNameOf(file),
        makerName: translate(locale, 'menu.ourCompany'),
      };
      await run(() => deps.services.createProject(file, options), file);
    },
    async openProject() {
      const file = await askProjectToOpen(deps.dialog, deps.window(), await deps.locale());
      if (file !== null) await run(() => deps.services.openProject(file), file);
    },
    async openSample() {
      await run(() => deps.services.openSample());
    },
    revealInFolder() {
      const current = deps.services.current();
      if (current) deps.shell.showItemInFolder(current.path);
    },
  };
}

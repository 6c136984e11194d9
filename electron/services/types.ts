import type { ContractHandlers, ProjectInfo } from '../../shared/ipc/contract.js';

export interface ServicesOptions {
  /** Folder for settings.json (locale, recent projects) and the sample project file. */
  userDataDir: string;
  /** Clock source, injectable for tests. */
  now?: () => number;
}

export interface NewProjectOptions {
  name: string;
  /** Display name of the maker party (the whole-machine maker that owns the graph). */
  makerName: string;
  /** ISO 3166-1 alpha-2 home country/region; defaults to CN. */
  homeCountry?: string;
  /** Fill the file with the five-axis CNC machining centre sample. */
  sample?: boolean;
}

/**
 * The Node-side implementation of the contract plus the few calls only the Electron shell
 * makes (after its own file dialogs). Never imports 'electron', so the same object runs in
 * main, in the CLI and in tests.
 */
export interface Services {
  handlers: ContractHandlers;
  /** Open an existing project file; throws LongmaiError with a specific code when it cannot. */
  openProject(path: string): Promise<ProjectInfo>;
  /** Create a new project file (refuses to overwrite) and open it. */
  createProject(path: string, options: NewProjectOptions): Promise<ProjectInfo>;
  /** Open the sample project in the user-data folder, creating it on first use. */
  openSample(): Promise<ProjectInfo>;
  /** Open the most recent project that still opens, else the sample. */
  openLastOrSample(): Promise<ProjectInfo>;
  current(): ProjectInfo | null;
  close(): void;
}

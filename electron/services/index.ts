import type { ContractHandlers } from '../../shared/ipc/contract.js';
import { graphHandlers } from './handlers/graph.js';
import { graphBatchHandlers } from './handlers/graph-batch.js';
import { metricsHandlers } from './handlers/metrics.js';
import { partyHandlers } from './handlers/parties.js';
import { qualificationHandlers } from './handlers/qualification.js';
import { sessionHandlers } from './handlers/session.js';
import { settle } from './handlers/settle.js';
import { ProjectSession } from './session.js';
import type { Services, ServicesOptions } from './types.js';
import { SyncDesk, type SyncDeskOptions } from './exchange/desk.js';
import { syncHandlers } from './handlers/sync.js';
import { actingHandlers } from './handlers/sync-acting.js';
import { exchangeHandlers } from './handlers/sync-exchange.js';
import { syncPacketHandlers } from './handlers/sync-packets.js';

/** What main adds for sync: the keychain for private keys, events, watch timing (tests). */
export type SyncServicesOptions = Pick<SyncDeskOptions, 'keyProtector' | 'notify' | 'timing'>;

/**
 * The Node-side implementation of the contract. Plain objects and functions, no 'electron':
 * main wires `handlers` to IPC, tests and the e2e bridge call them directly.
 */
export function createServices(options: ServicesOptions & SyncServicesOptions): Services {
  const session = new ProjectSession(options.userDataDir, options.now ?? Date.now);
  const desk = new SyncDesk(session, { ...options, now: options.now ?? Date.now });
  const handlers: ContractHandlers = {
    ...sessionHandlers(session),
    ...graphHandlers(session),
    ...graphBatchHandlers(session),
    ...partyHandlers(session),
    ...qualificationHandlers(session),
    ...metricsHandlers(session, options.now ?? Date.now),
    ...actingHandlers(session),
    ...syncHandlers(desk),
    ...syncPacketHandlers(desk),
    ...exchangeHandlers(desk),
  };
  return {
    handlers,
    openProject: (filePath) => settle(() => session.open(filePath)),
    createProject: (filePath, projectOptions) =>
      settle(() => session.create(filePath, projectOptions)),
    openSample: () => settle(() => session.openSample()),
    openLastOrSample: () => settle(() => session.openLastOrSample()),
    current: () => session.info(),
    close: () => {
      desk.close();
      session.close();
    },
  };
}

export type { Services, ServicesOptions, NewProjectOptions } from './types.js';
export { createProjectFile } from './project-file.js';
export { dumpProject, type ProjectDump } from './dump.js';
export { summarizeProject, type ProjectSummary } from './summary.js';
export { SAMPLE_FILE_NAME } from './session.js';
export { SAMPLE_PROJECT } from './sample/index.js';
export {
  openProjectStore,
  ProjectStore,
  SCHEMA_VERSION,
  LONGMAI_APPLICATION_ID,
  type OpenOptions,
} from './store/index.js';

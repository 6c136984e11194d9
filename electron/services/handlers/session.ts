import type { ContractHandlers } from '../../../shared/ipc/contract.js';
import type { ProjectSession } from '../session.js';
import { settle } from './settle.js';

type SessionMethods =
  | 'session.get'
  | 'session.setLocale'
  | 'project.openSample'
  | 'project.openRecent'
  | 'project.load';

export function sessionHandlers(session: ProjectSession): Pick<ContractHandlers, SessionMethods> {
  return {
    'session.get': () => settle(() => session.state()),
    'session.setLocale': ({ locale }) => settle(() => session.setLocale(locale)),
    'project.openSample': () => settle(() => session.openSample()),
    'project.openRecent': ({ path }) => settle(() => session.openRecent(path)),
    'project.load': () => settle(() => session.require().snapshotColumns()),
  };
}

import type { SessionState } from '../../shared/ipc/contract.js';
import type { SnapshotColumns } from '../../shared/model/snapshot-columns.js';
import type { ApiClient } from '../api.js';

/** The first session and graph of a window, asked for as soon as the page starts. */
export interface Opening {
  session: Promise<SessionState>;
  /** The open project's graph; null when the session has no project. */
  graph: Promise<SnapshotColumns | null>;
}

export function startOpening(client: ApiClient): Opening {
  const session = client.call('session.get');
  const graph = session.then((state) => (state.project ? client.call('project.load') : null));
  // The store reads both later; a refusal meanwhile is not an unhandled rejection.
  session.catch(() => undefined);
  graph.catch(() => undefined);
  return { session, graph };
}

import type { SessionState } from '../../shared/ipc/contract.js';
import type { ApiClient } from '../api.js';
import { openedGraph, type OpenedGraph } from './graph-contents.js';

/** The first session and graph of a window, asked for as soon as the page starts. */
export interface Opening {
  session: Promise<SessionState>;
  /** The open project's graph, ready for the store; null when the session has no project. */
  graph: Promise<OpenedGraph | null>;
}

export function startOpening(client: ApiClient): Opening {
  const session = client.call('session.get');
  // Asked for at once, not after the session's answer: one round trip less before the graph.
  // Without an open project the services refuse it, and the refusal is not used.
  const load = client.call('project.load');
  // Made ready for the store as soon as it arrives: the page's thread would otherwise wait
  // for the app's code to compile, and the app would do this work after that.
  const graph = session.then((state) => (state.project ? load.then(openedGraph) : null));
  // The store reads these later; a refusal meanwhile is not an unhandled rejection.
  for (const pending of [session, load, graph]) pending.catch(() => undefined);
  return { session, graph };
}

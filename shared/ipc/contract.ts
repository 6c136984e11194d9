import type { z } from 'zod';
import { GRAPH_METHODS } from './contract/graph.js';
import { GRAPH_BATCH_METHODS } from './contract/graph-batch.js';
import { HISTORY_METHODS } from './contract/history.js';
import { PARTY_METHODS } from './contract/parties.js';
import { QUALIFICATION_METHODS } from './contract/qualification.js';
import { METRICS_METHODS } from './contract/metrics.js';
import { SESSION_METHODS } from './contract/session.js';
import { SYNC_METHODS } from './contract/sync.js';

export type { ProjectInfo, RecentProject, SessionState } from './contract/session.js';
export type { NodePatch, EdgePatch } from './contract/graph.js';
export type { BatchResult, PastedEdge, PastedNode } from './contract/graph-batch.js';
export type {
  GraphChangeSet,
  HistoryAction,
  HistoryResult,
  HistoryState,
  HistoryStep,
} from './contract/history.js';
export type { PartyPatch } from './contract/parties.js';
export type {
  EvidenceUpload,
  LinkPatch,
  StageChangeArgs,
  StageMoveArgs,
  StageMoveResult,
} from './contract/qualification.js';
export type { ConflictChoice, PathPurpose } from './contract/sync.js';
export type * from './contract/sync-types.js';

/**
 * The one contract between renderer and main: every method, its argument schema (validated in
 * main before any service runs) and its result type, grouped per domain in ./contract/. Add a
 * method there and the typecheck fails until services, main, preload and renderer all have it.
 */
export const CONTRACT = {
  ...SESSION_METHODS,
  ...GRAPH_METHODS,
  ...GRAPH_BATCH_METHODS,
  ...HISTORY_METHODS,
  ...PARTY_METHODS,
  ...QUALIFICATION_METHODS,
  ...METRICS_METHODS,
  ...SYNC_METHODS,
} as const;

export type MethodName = keyof typeof CONTRACT;
export type MethodArgs<M extends MethodName> = z.infer<(typeof CONTRACT)[M]['args']>;
export type MethodResult<M extends MethodName> = (typeof CONTRACT)[M]['result'];

/** Services implement this: one async function per method, throwing LongmaiError on refusal. */
export type ContractHandlers = {
  [M in MethodName]: (args: MethodArgs<M>) => Promise<MethodResult<M>>;
};

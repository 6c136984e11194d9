import type { NeedNode, NeedsEdge, SupplyLink } from '../../model/entities.js';
import { noArgs } from './no-args.js';

/** What a user action did, named for the undo and redo menu entries (`history.action.<id>`). */
export const HISTORY_ACTIONS = [
  'createNode',
  'updateNode',
  'moveNodes',
  'layout',
  'deleteItems',
  'createEdge',
  'updateEdge',
  'paste',
  'duplicate',
  'editRows',
] as const;
export type HistoryAction = (typeof HISTORY_ACTIONS)[number];

/** One user action on the undo or redo stack: what it was and how many things it touched. */
export interface HistoryStep {
  action: HistoryAction;
  count: number;
}

/** The next step undo and redo would take (null when there is none). */
export interface HistoryState {
  undo: HistoryStep | null;
  redo: HistoryStep | null;
}

/**
 * The graph records a batch edit, undo or redo touched, as they are now: the ones that exist
 * after it, and the ids of the ones it removed. The renderer merges it into its store.
 */
export interface GraphChangeSet {
  nodes: NeedNode[];
  edges: NeedsEdge[];
  links: SupplyLink[];
  removedNodeIds: string[];
  removedEdgeIds: string[];
  removedLinkIds: string[];
}

export interface HistoryResult {
  /** The step taken; null when there was nothing to undo or redo. */
  step: HistoryStep | null;
  changes: GraphChangeSet;
  history: HistoryState;
}

/** Undo and redo of local edits: undo appends inverse ops, it never rewrites the op log. */
export const HISTORY_METHODS = {
  'history.undo': { args: noArgs, result: {} as HistoryResult },
  'history.redo': { args: noArgs, result: {} as HistoryResult },
  'history.state': { args: noArgs, result: {} as HistoryState },
} as const;

import type { ContractHandlers } from '../../../shared/ipc/contract.js';
import { deleteMany, duplicateNodes, pasteGraph, updateMany } from '../edits/batch.js';
import { historyState, takeStep } from '../history/index.js';
import type { ProjectSession } from '../session.js';
import { settle } from './settle.js';

type BatchMethods =
  | 'graph.paste'
  | 'node.duplicate'
  | 'node.deleteMany'
  | 'node.updateMany'
  | 'history.undo'
  | 'history.redo'
  | 'history.state';

export function graphBatchHandlers(session: ProjectSession): Pick<ContractHandlers, BatchMethods> {
  return {
    'graph.paste': (args) => settle(() => pasteGraph(session.require(), args)),
    'node.duplicate': (args) => settle(() => duplicateNodes(session.require(), args)),
    'node.deleteMany': (args) => settle(() => deleteMany(session.require(), args)),
    'node.updateMany': (args) => settle(() => updateMany(session.require(), args)),
    'history.undo': () => settle(() => takeStep(session.require(), 'undo')),
    'history.redo': () => settle(() => takeStep(session.require(), 'redo')),
    'history.state': () => settle(() => historyState(session.require())),
  };
}

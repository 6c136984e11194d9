import type { ContractHandlers } from '../../../shared/ipc/contract.js';
import { createEdge, deleteEdge, updateEdge } from '../edits/edges.js';
import { createNode, deleteNode, moveNodes, updateNode } from '../edits/nodes.js';
import type { ProjectSession } from '../session.js';
import { settle } from './settle.js';

type GraphMethods =
  | 'node.create'
  | 'node.update'
  | 'node.move'
  | 'node.delete'
  | 'edge.create'
  | 'edge.update'
  | 'edge.delete';

export function graphHandlers(session: ProjectSession): Pick<ContractHandlers, GraphMethods> {
  return {
    'node.create': (args) => settle(() => createNode(session.require(), args)),
    'node.update': (args) => settle(() => updateNode(session.require(), args)),
    'node.move': (args) => settle(() => moveNodes(session.require(), args)),
    'node.delete': (args) => settle(() => deleteNode(session.require(), args)),
    'edge.create': (args) => settle(() => createEdge(session.require(), args)),
    'edge.update': (args) => settle(() => updateEdge(session.require(), args)),
    'edge.delete': (args) => settle(() => deleteEdge(session.require(), args)),
  };
}

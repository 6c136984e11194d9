import { LongmaiError } from '../../../shared/ipc/errors.js';
import type { NeedNode, NeedsEdge } from '../../../shared/model/entities.js';
import type { ProjectStore } from '../store/index.js';

export function requireNode(store: ProjectStore, id: string): NeedNode {
  const node = store.node(id);
  if (!node) throw new LongmaiError('E_NOT_FOUND', `no need node with id ${id}`, { id });
  return node;
}

export function requireEdge(store: ProjectStore, id: string): NeedsEdge {
  const edge = store.edge(id);
  if (!edge) throw new LongmaiError('E_NOT_FOUND', `no needs edge with id ${id}`, { id });
  return edge;
}

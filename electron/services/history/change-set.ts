import type { GraphChangeSet } from '../../../shared/ipc/contract.js';
import type { ProjectStore } from '../store/index.js';

/** Entity keys a batch touched, collected as it builds its changes. */
export class TouchedEntities {
  readonly nodes = new Set<string>();
  readonly edges = new Set<string>();
  readonly links = new Set<string>();

  add(entity: string, id: string): void {
    if (entity === 'node') this.nodes.add(id);
    else if (entity === 'edge') this.edges.add(id);
    else if (entity === 'link') this.links.add(id);
  }
}

/** The touched graph records as they are after the batch: present ones, and removed ids. */
export function changeSetOf(store: ProjectStore, touched: TouchedEntities): GraphChangeSet {
  const result: GraphChangeSet = {
    nodes: [],
    edges: [],
    links: [],
    removedNodeIds: [],
    removedEdgeIds: [],
    removedLinkIds: [],
  };
  // A layout's undo touches 10,000 need nodes: read them in one statement.
  const nodes = store.nodesById([...touched.nodes]);
  for (const id of touched.nodes) {
    const node = nodes.get(id);
    if (node) result.nodes.push(node);
    else result.removedNodeIds.push(id);
  }
  for (const id of touched.edges) {
    const edge = store.edge(id);
    if (edge) result.edges.push(edge);
    else result.removedEdgeIds.push(id);
  }
  for (const id of touched.links) {
    const link = store.link(id);
    if (link) result.links.push(link);
    else result.removedLinkIds.push(id);
  }
  return result;
}

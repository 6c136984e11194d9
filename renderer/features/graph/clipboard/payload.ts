import type { PastedEdge, PastedNode } from '../../../../shared/ipc/contract.js';
import type { NeedNode, NeedsEdge } from '../../../../shared/model/index.js';

/** The format tag of Longmai's clipboard payload: need nodes and the needs edges among them. */
export const CLIPBOARD_FORMAT = 'longmai/need-graph';
export const CLIPBOARD_VERSION = 1;

export interface GraphPayload {
  format: typeof CLIPBOARD_FORMAT;
  version: typeof CLIPBOARD_VERSION;
  nodes: PastedNode[];
  edges: PastedEdge[];
}

/** The copied need nodes with the needs edges between them; references are list positions. */
export function buildPayload(nodes: readonly NeedNode[], edges: Iterable<NeedsEdge>): GraphPayload {
  const refOf = new Map(nodes.map((node, index) => [node.id, `n${String(index)}`]));
  const pastedEdges: PastedEdge[] = [];
  for (const edge of edges) {
    const fromRef = refOf.get(edge.fromId);
    const toRef = refOf.get(edge.toId);
    if (fromRef && toRef) {
      pastedEdges.push({ fromRef, toRef, quantity: edge.quantity, unit: edge.unit });
    }
  }
  return {
    format: CLIPBOARD_FORMAT,
    version: CLIPBOARD_VERSION,
    nodes: nodes.map((node, index) => ({
      ref: `n${String(index)}`,
      kind: node.kind,
      name: node.name,
      code: node.code,
      spec: node.spec,
      keyItem: node.keyItem,
      notes: node.notes,
      x: node.x,
      y: node.y,
    })),
    edges: pastedEdges,
  };
}

/** Does the text claim to be our payload (so a failure to read it is an error, not a sheet)? */
export function looksLikePayload(text: string): boolean {
  return text.trimStart().startsWith('{') && text.includes(CLIPBOARD_FORMAT);
}

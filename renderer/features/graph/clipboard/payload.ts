import { z } from 'zod';
import type { PastedEdge, PastedNode } from '../../../../shared/ipc/contract.js';
import {
  MAX_PASTE_EDGES,
  MAX_PASTE_NODES,
  pastedEdgeSchema,
  pastedNodeSchema,
} from '../../../../shared/ipc/contract/graph-batch.js';
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

const payloadSchema = z
  .object({
    format: z.literal(CLIPBOARD_FORMAT),
    version: z.literal(CLIPBOARD_VERSION),
    nodes: z.array(pastedNodeSchema).min(1).max(MAX_PASTE_NODES),
    edges: z.array(pastedEdgeSchema).max(MAX_PASTE_EDGES),
  })
  .strict();

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

export type PayloadParse =
  { ok: true; payload: GraphPayload } | { ok: false; reason: 'newer' | 'damaged'; detail: string };

/** Validate a pasted payload completely before anything is created from it. */
export function parsePayload(text: string): PayloadParse {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: 'damaged', detail: String(error).slice(0, 200) };
  }
  const version = (json as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > CLIPBOARD_VERSION) {
    return { ok: false, reason: 'newer', detail: `version ${String(version)}` };
  }
  const parsed = payloadSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.map(String).join('.') ?? '';
    return { ok: false, reason: 'damaged', detail: `${where}: ${issue?.message ?? ''}` };
  }
  return { ok: true, payload: parsed.data };
}

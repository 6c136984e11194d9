import { z } from 'zod';
import { pastedEdgeSchema, pastedNodeSchema } from '../../../../shared/ipc/contract/graph-batch.js';
import { MAX_PASTE_EDGES, MAX_PASTE_NODES } from '../../../../shared/ipc/contract/limits.js';
import { CLIPBOARD_FORMAT, CLIPBOARD_VERSION, type GraphPayload } from './payload.js';

// Loaded on the first paste (see paste.ts): building these schemas is start-up work nobody
// waiting for a project to open needs.
const payloadSchema = z
  .object({
    format: z.literal(CLIPBOARD_FORMAT),
    version: z.literal(CLIPBOARD_VERSION),
    nodes: z.array(pastedNodeSchema).min(1).max(MAX_PASTE_NODES),
    edges: z.array(pastedEdgeSchema).max(MAX_PASTE_EDGES),
  })
  .strict();

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

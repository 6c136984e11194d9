import { z } from 'zod';
import {
  coordinateSchema,
  idSchema,
  longTextSchema,
  nameSchema,
  needKindSchema,
  shortTextSchema,
} from '../../model/schemas.js';
import type { GraphChangeSet } from './history.js';
import { MAX_PASTE_EDGES, MAX_PASTE_NODES } from './limits.js';

const MAX_BATCH = 100_000;

/** Clipboard-local reference of a pasted need node; edges of the paste name nodes by it. */
const refSchema = z.string().min(1).max(64);

export const pastedNodeSchema = z
  .object({
    ref: refSchema,
    kind: needKindSchema,
    name: nameSchema,
    code: shortTextSchema,
    spec: longTextSchema,
    keyItem: z.boolean(),
    notes: longTextSchema,
    x: coordinateSchema,
    y: coordinateSchema,
  })
  .strict();
export type PastedNode = z.infer<typeof pastedNodeSchema>;

export const pastedEdgeSchema = z
  .object({
    fromRef: refSchema,
    toRef: refSchema,
    quantity: z.number().finite().positive().max(1e9).nullable(),
    unit: z.string().max(40),
  })
  .strict();
export type PastedEdge = z.infer<typeof pastedEdgeSchema>;

const rowPatchSchema = z
  .object({
    kind: needKindSchema,
    name: nameSchema,
    code: shortTextSchema,
    spec: longTextSchema,
    keyItem: z.boolean(),
    notes: longTextSchema,
  })
  .partial()
  .strict();

export interface BatchResult {
  changes: GraphChangeSet;
  /** Ids of the need nodes the batch created, in the order they were given. */
  createdNodeIds: string[];
}

/** Edits of many need nodes at once: each is one transaction and one undo step. */
export const GRAPH_BATCH_METHODS = {
  'graph.paste': {
    args: z
      .object({
        nodes: z.array(pastedNodeSchema).min(1).max(MAX_PASTE_NODES),
        edges: z.array(pastedEdgeSchema).max(MAX_PASTE_EDGES),
      })
      .strict(),
    result: {} as BatchResult,
  },
  'node.duplicate': {
    args: z
      .object({
        ids: z.array(idSchema).min(1).max(MAX_PASTE_NODES),
        offset: z.object({ x: coordinateSchema, y: coordinateSchema }).strict(),
      })
      .strict(),
    result: {} as BatchResult,
  },
  'node.deleteMany': {
    args: z
      .object({
        nodeIds: z.array(idSchema).max(MAX_BATCH),
        edgeIds: z.array(idSchema).max(MAX_BATCH),
      })
      .strict(),
    result: {} as BatchResult,
  },
  'node.updateMany': {
    args: z
      .object({
        updates: z
          .array(z.object({ id: idSchema, patch: rowPatchSchema }).strict())
          .min(1)
          .max(MAX_BATCH),
      })
      .strict(),
    result: {} as BatchResult,
  },
} as const;

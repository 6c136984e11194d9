import { z } from 'zod';
import type { NeedNode, NeedsEdge } from '../../model/entities.js';
import {
  coordinateSchema,
  idSchema,
  longTextSchema,
  nameSchema,
  needKindSchema,
  shortTextSchema,
} from '../../model/schemas.js';

const nodePatchSchema = z
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
export type NodePatch = z.infer<typeof nodePatchSchema>;

const edgePatchSchema = z
  .object({
    quantity: z.number().finite().positive().max(1e9).nullable(),
    unit: z.string().max(40),
  })
  .partial()
  .strict();
export type EdgePatch = z.infer<typeof edgePatchSchema>;

/** Graph editing methods: need nodes and needs edges. */
export const GRAPH_METHODS = {
  'node.create': {
    args: z
      .object({
        kind: needKindSchema,
        name: nameSchema,
        code: shortTextSchema.optional(),
        spec: longTextSchema.optional(),
        keyItem: z.boolean().optional(),
        notes: longTextSchema.optional(),
        x: coordinateSchema,
        y: coordinateSchema,
      })
      .strict(),
    result: {} as NeedNode,
  },
  'node.update': {
    args: z.object({ id: idSchema, patch: nodePatchSchema }).strict(),
    result: {} as NeedNode,
  },
  'node.move': {
    args: z
      .object({
        positions: z
          .array(z.object({ id: idSchema, x: coordinateSchema, y: coordinateSchema }).strict())
          .min(1)
          .max(100_000),
        /** Why they moved, for the undo entry: a drag or nudge, or an auto-layout. */
        reason: z.enum(['drag', 'layout']).optional(),
      })
      .strict(),
    result: {} as { moved: number },
  },
  'node.delete': {
    args: z.object({ id: idSchema }).strict(),
    result: {} as { nodeId: string; edgeIds: string[]; linkIds: string[] },
  },
  'edge.create': {
    args: z
      .object({
        fromId: idSchema,
        toId: idSchema,
        quantity: z.number().finite().positive().max(1e9).nullable().optional(),
        unit: z.string().max(40).optional(),
      })
      .strict(),
    result: {} as NeedsEdge,
  },
  'edge.update': {
    args: z.object({ id: idSchema, patch: edgePatchSchema }).strict(),
    result: {} as NeedsEdge,
  },
  'edge.delete': {
    args: z.object({ id: idSchema }).strict(),
    result: {} as { edgeId: string },
  },
} as const;

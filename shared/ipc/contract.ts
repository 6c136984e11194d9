import { z } from 'zod';
import type { NeedNode, NeedsEdge, ProjectSnapshot } from '../model/entities.js';
import {
  coordinateSchema,
  idSchema,
  longTextSchema,
  nameSchema,
  needKindSchema,
  shortTextSchema,
} from '../model/schemas.js';
import { LOCALES, type Locale } from '../i18n/locales.js';

/** What the renderer knows about the open project file. */
export interface ProjectInfo {
  path: string;
  name: string;
  schemaVersion: number;
}

export interface RecentProject {
  path: string;
  name: string;
  openedAt: string;
}

export interface SessionState {
  locale: Locale;
  project: ProjectInfo | null;
  recent: RecentProject[];
}

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

const noArgs = z.undefined();

/**
 * The one contract between renderer and main: every method, its argument schema (validated in
 * main before any service runs) and its result type. Add a method here and the typecheck fails
 * until services, main, preload and renderer all have it.
 */
export const CONTRACT = {
  'session.get': { args: noArgs, result: {} as SessionState },
  'session.setLocale': {
    args: z.object({ locale: z.enum(LOCALES) }).strict(),
    result: {} as SessionState,
  },
  'project.openSample': { args: noArgs, result: {} as ProjectInfo },
  'project.openRecent': {
    args: z.object({ path: z.string().min(1).max(4096) }).strict(),
    result: {} as ProjectInfo,
  },
  'project.load': { args: noArgs, result: {} as ProjectSnapshot },
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

export type MethodName = keyof typeof CONTRACT;
export type MethodArgs<M extends MethodName> = z.infer<(typeof CONTRACT)[M]['args']>;
export type MethodResult<M extends MethodName> = (typeof CONTRACT)[M]['result'];

/** Services implement this: one async function per method, throwing LongmaiError on refusal. */
export type ContractHandlers = {
  [M in MethodName]: (args: MethodArgs<M>) => Promise<MethodResult<M>>;
};

import { z } from 'zod';
import { idSchema, nameSchema } from '../../model/schemas.js';
import type { ProjectInfo } from './session.js';
import { MAX_DROPPED_PACKET_BYTES } from './limits.js';
import { noArgs } from './no-args.js';
import type {
  ConflictRow,
  ExchangeState,
  ExportOutcome,
  ExportPreview,
  IdentityState,
  ImportOutcome,
  PacketPreview,
  PeerRow,
  SyncStatus,
} from './sync-types.js';

/**
 * A file or folder path. Methods that take one are "dialog-backed": in the app, main asks
 * the user with its own dialog and puts the answer here, overriding anything the renderer
 * sent; a null result means the user cancelled. Tests supply the path instead.
 */
const pathSchema = z.string().min(1).max(4096);
/** A file name to suggest in a save dialog: a name only, never a path. */
const suggestedNameSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^/\\\0]+$/, 'a file name, not a path');
const fingerprintSchema = z.string().min(16).max(40);
const tokenSchema = idSchema;

const conflictChoiceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('value'), opId: idSchema }).strict(),
  z.object({ kind: z.literal('keep') }).strict(),
  z.object({ kind: z.literal('delete') }).strict(),
]);
export type ConflictChoice = z.infer<typeof conflictChoiceSchema>;

/** Sync in the app: identity, invitations and updates, previews, conflicts, the exchange folder. */
export const SYNC_METHODS = {
  'identity.get': { args: noArgs, result: {} as IdentityState },
  'identity.create': {
    args: z.object({ name: nameSchema }).strict(),
    result: {} as IdentityState,
  },
  'sync.status': { args: noArgs, result: {} as SyncStatus },
  /** Let an unsynced project sign packets as its maker with this installation's identity. */
  'sync.enable': { args: noArgs, result: {} as SyncStatus },
  'sync.peers': { args: noArgs, result: {} as PeerRow[] },
  /** What a packet for the party would carry; writes nothing. */
  'sync.previewExport': {
    args: z.object({ partyId: idSchema, full: z.boolean().optional() }).strict(),
    result: {} as ExportPreview,
  },
  /** Write the packet: to a chosen file (dialog-backed) or into the exchange folder. */
  'sync.exportPacket': {
    args: z
      .object({
        partyId: idSchema,
        full: z.boolean().optional(),
        destination: z.enum(['file', 'exchange']),
        suggestedName: suggestedNameSchema.optional(),
        path: pathSchema.optional(),
      })
      .strict(),
    result: {} as ExportOutcome | null,
  },
  /** Open a packet file (dialog-backed) and preview it. */
  'sync.openPacket': {
    args: z.object({ path: pathSchema.optional() }).strict(),
    result: {} as PacketPreview | null,
  },
  /** Preview a packet file dropped on the window, sent as its bytes. */
  'sync.openDroppedPacket': {
    args: z
      .object({
        fileName: suggestedNameSchema,
        bytesBase64: z
          .string()
          .max(Math.ceil(MAX_DROPPED_PACKET_BYTES / 3) * 4)
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64'),
      })
      .strict(),
    result: {} as PacketPreview,
  },
  /** Preview again after the user confirmed the sender's fingerprint. */
  'sync.confirmSender': {
    args: z.object({ token: tokenSchema, fingerprint: fingerprintSchema }).strict(),
    result: {} as PacketPreview,
  },
  /** Verify again and apply in one transaction; progress arrives as 'sync-progress' events. */
  'sync.applyPacket': {
    args: z.object({ token: tokenSchema }).strict(),
    result: {} as ImportOutcome,
  },
  'sync.closePacket': {
    args: z.object({ token: tokenSchema }).strict(),
    result: {} as { closed: boolean },
  },
  /** Start this installation's copy from an invitation (dialog-backed: where to save it). */
  'sync.join': {
    args: z
      .object({
        token: tokenSchema,
        fingerprint: fingerprintSchema,
        suggestedName: suggestedNameSchema.optional(),
        path: pathSchema.optional(),
      })
      .strict(),
    result: {} as ProjectInfo | null,
  },
  'sync.conflicts': { args: noArgs, result: {} as ConflictRow[] },
  'sync.resolveConflict': {
    args: z.object({ conflictId: idSchema, choice: conflictChoiceSchema }).strict(),
    result: {} as { remaining: number },
  },
  'exchange.get': { args: noArgs, result: {} as ExchangeState },
  /** Pick the project's exchange folder (dialog-backed). */
  'exchange.chooseFolder': {
    args: z.object({ path: pathSchema.optional() }).strict(),
    result: {} as ExchangeState | null,
  },
  'exchange.clearFolder': { args: noArgs, result: {} as ExchangeState },
  'exchange.setAutoApply': {
    args: z.object({ autoApply: z.boolean() }).strict(),
    result: {} as ExchangeState,
  },
  'exchange.scan': { args: noArgs, result: {} as ExchangeState },
  'exchange.openItem': {
    args: z.object({ itemId: idSchema }).strict(),
    result: {} as PacketPreview,
  },
} as const;

/** The dialog-backed methods and what main asks the user for each. */
export const PATH_METHODS = {
  'sync.exportPacket': 'save-packet',
  'sync.openPacket': 'open-packet',
  'sync.join': 'save-replica',
  'exchange.chooseFolder': 'exchange-folder',
} as const;
export type PathPurpose = (typeof PATH_METHODS)[keyof typeof PATH_METHODS];

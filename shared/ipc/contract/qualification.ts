import { z } from 'zod';
import type { Evidence, Project, SupplyLink, Transition } from '../../model/entities.js';
import { MAX_EVIDENCE_BASE64, MAX_EVIDENCE_FILES } from '../../model/evidence.js';
import {
  checklistSchema,
  stageKeySchema,
  stageListSchema,
  stageTargetsSchema,
} from '../../model/json-fields.js';
import { LINK_ROLES } from '../../model/kinds.js';
import {
  idSchema,
  isoDateSchema,
  linkStatusSchema,
  longTextSchema,
  stageSchema,
  stageTemplateSchema,
} from '../../model/schemas.js';
import type { StageMappingPlan } from '../../model/stage-mapping.js';

const weeksSchema = z.number().finite().min(0).max(520).nullable();
const shareSchema = z.number().finite().min(0).max(100).nullable();

const linkPatchSchema = z
  .object({
    role: z.enum(LINK_ROLES),
    sharePct: shareSchema,
    leadTimeWeeks: weeksSchema,
    recoveryTimeWeeks: weeksSchema,
    notes: longTextSchema,
    status: linkStatusSchema,
    statusReason: longTextSchema,
    firstBatchDate: isoDateSchema,
    stageTargets: stageTargetsSchema,
    checklist: checklistSchema,
  })
  .partial()
  .strict();
export type LinkPatch = z.infer<typeof linkPatchSchema>;

/**
 * An evidence file as the renderer read it (File.arrayBuffer, base64): the same in Electron
 * and in the browser-bridged tests. The length cap refuses an oversized file before decoding.
 */
export const evidenceUploadSchema = z
  .object({
    fileName: z.string().trim().min(1).max(255),
    bytesBase64: z.string().max(MAX_EVIDENCE_BASE64),
  })
  .strict();
export type EvidenceUpload = z.infer<typeof evidenceUploadSchema>;

const stageMoveSchema = z
  .object({
    linkId: idSchema,
    toStage: stageSchema,
    date: z.string().max(10),
    comment: longTextSchema.optional(),
    testPlatformPartyId: idSchema.optional(),
    evidence: z.array(evidenceUploadSchema).max(MAX_EVIDENCE_FILES).optional(),
  })
  .strict();
export type StageMoveArgs = z.infer<typeof stageMoveSchema>;

/** What a stage move, report or approval wrote. */
export interface StageMoveResult {
  link: SupplyLink;
  transition: Transition;
  evidence: Evidence[];
}

const stageChangeSchema = z
  .object({
    template: stageTemplateSchema,
    stages: stageListSchema,
    /** Old stage key → new stage key, for stages whose key the new list lacks. */
    mapping: z.record(stageKeySchema, stageKeySchema).optional(),
  })
  .strict();
export type StageChangeArgs = z.infer<typeof stageChangeSchema>;

/** Supply links, stage moves with evidence, and the project's stage list. */
export const QUALIFICATION_METHODS = {
  'link.create': {
    args: z
      .object({
        nodeId: idSchema,
        partyId: idSchema,
        role: z.enum(LINK_ROLES).optional(),
        sharePct: shareSchema.optional(),
        leadTimeWeeks: weeksSchema.optional(),
        recoveryTimeWeeks: weeksSchema.optional(),
        notes: longTextSchema.optional(),
      })
      .strict(),
    result: {} as SupplyLink,
  },
  'link.update': {
    args: z.object({ id: idSchema, patch: linkPatchSchema }).strict(),
    result: {} as SupplyLink,
  },
  'link.delete': {
    args: z.object({ id: idSchema }).strict(),
    result: {} as { linkId: string },
  },
  /** The link's owner moves the official stage (an approved transition). */
  'link.move': { args: stageMoveSchema, result: {} as StageMoveResult },
  /** The supplier (or the owner on its behalf) records a stage claim (a reported transition). */
  'link.report': { args: stageMoveSchema, result: {} as StageMoveResult },
  /** The link's owner approves the pending claim: the official stage becomes the reported one. */
  'link.approve': {
    args: z
      .object({
        linkId: idSchema,
        date: z.string().max(10),
        comment: longTextSchema.optional(),
        evidence: z.array(evidenceUploadSchema).max(MAX_EVIDENCE_FILES).optional(),
      })
      .strict(),
    result: {} as StageMoveResult,
  },
  /** Where each link would land under a new stage list; changes nothing. */
  'stages.preview': { args: stageChangeSchema, result: {} as StageMappingPlan },
  /** Replace the stage list and re-map every link in one change; refuses to orphan links. */
  'stages.apply': {
    args: stageChangeSchema,
    result: {} as { project: Project; links: SupplyLink[] },
  },
  'stages.setPpapLevel': {
    args: z.object({ level: z.number().int().min(1).max(5) }).strict(),
    result: {} as Project,
  },
  /**
   * Write an evidence file to a temporary folder under its own name and return the path;
   * the Electron shell then opens it with the system's viewer.
   */
  'evidence.open': {
    args: z.object({ evidenceId: idSchema }).strict(),
    result: {} as { path: string },
  },
} as const;

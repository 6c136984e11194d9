import type { EvidenceMime } from './evidence.js';
import type { LinkRole, LinkStatus, NeedKind, PartyKind, TransitionKind } from './kinds.js';
import type { StageTemplateId } from './stages.js';

/** Project meta: one row per project file. */
export interface Project {
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2 code of the maker's home country/region; decides domestic vs import. */
  homeCountry: string;
  /** The template the stage list started from (templates.ts). */
  stageTemplate: StageTemplateId;
  makerPartyId: string;
  /** JSON of StageDef[]: the project's own stage list; read it with `parseStages`. */
  stages: string;
  /** PPAP submission level 1-5: decides each element's submit/retain mark. */
  ppapLevel: number;
}

export interface Party {
  id: string;
  name: string;
  kind: PartyKind;
  /** ISO 3166-1 alpha-2 code. */
  country: string;
  notes: string;
  /** JSON of Contact[]; read it with `parseContacts`. */
  contacts: string;
}

export interface NeedNode {
  id: string;
  kind: NeedKind;
  name: string;
  /** Code or part number; the sample puts the English name here. */
  code: string;
  spec: string;
  keyItem: boolean;
  ownerPartyId: string;
  notes: string;
  x: number;
  y: number;
}

/** "fromId needs toId": runs from the needing node to the needed one. */
export interface NeedsEdge {
  id: string;
  fromId: string;
  toId: string;
  quantity: number | null;
  unit: string;
  ownerPartyId: string;
}

export interface SupplyLink {
  id: string;
  nodeId: string;
  partyId: string;
  /** Official stage index in the project's stage list, approved by the link's owner (the maker). */
  stage: number;
  /** The supplier's own claim; null until it reports one. A claim is pending while it differs from `stage`. */
  reportedStage: number | null;
  status: LinkStatus;
  statusReason: string;
  /**
   * ISO date (YYYY-MM-DD) or empty: the target of the link's next stage when `stageTargets`
   * names none (files from before per-stage targets).
   */
  targetDate: string;
  ownerPartyId: string;
  role: LinkRole;
  /** Share of the need's supply, 0-100, or null. */
  sharePct: number | null;
  leadTimeWeeks: number | null;
  recoveryTimeWeeks: number | null;
  notes: string;
  /** 首批次應用 date, or empty. */
  firstBatchDate: string;
  /** JSON { [stageKey]: date }; read it with `parseStageTargets`. */
  stageTargets: string;
  /** JSON string[] of completed PPAP element keys; read it with `parseChecklist`. */
  checklist: string;
}

/** A recorded stage move (append-only). Stages by key: see `stageIndexOf`. */
export interface Transition {
  id: string;
  linkId: string;
  kind: TransitionKind;
  fromStage: string;
  toStage: string;
  /** YYYY-MM-DD. */
  date: string;
  byPartyId: string;
  comment: string;
  testPlatformPartyId: string;
  approvesId: string;
}

/** A file attached to a transition, stored once per SHA-256 inside the project. */
export interface Evidence {
  id: string;
  transitionId: string;
  sha256: string;
  fileName: string;
  mime: EvidenceMime;
  size: number;
  byPartyId: string;
}

export interface ProjectSnapshot {
  project: Project;
  parties: Party[];
  nodes: NeedNode[];
  edges: NeedsEdge[];
  links: SupplyLink[];
  transitions: Transition[];
  evidence: Evidence[];
}

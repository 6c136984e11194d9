import type { LinkStatus, NeedKind, PartyKind } from './kinds.js';
import type { StageTemplateId } from './stages.js';

/** Project meta: one row per project file. */
export interface Project {
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2 code of the maker's home country/region; decides domestic vs import. */
  homeCountry: string;
  stageTemplate: StageTemplateId;
  makerPartyId: string;
}

export interface Party {
  id: string;
  name: string;
  kind: PartyKind;
  /** ISO 3166-1 alpha-2 code. */
  country: string;
  notes: string;
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
  /** Official stage index in the active template, approved by the maker. */
  stage: number;
  /** The supplier's own claim; null until it reports one. */
  reportedStage: number | null;
  status: LinkStatus;
  statusReason: string;
  /** ISO date (YYYY-MM-DD) or empty. */
  targetDate: string;
  ownerPartyId: string;
}

export interface ProjectSnapshot {
  project: Project;
  parties: Party[];
  nodes: NeedNode[];
  edges: NeedsEdge[];
  links: SupplyLink[];
}

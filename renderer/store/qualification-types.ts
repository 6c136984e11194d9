import type {
  LinkPatch,
  PartyPatch,
  StageChangeArgs,
  StageMoveArgs,
} from '../../shared/ipc/contract.js';
import type { Contact } from '../../shared/model/json-fields.js';
import type { Evidence, NeedKind, PartyKind, Transition } from '../../shared/model/index.js';
import type { StageMappingPlan } from '../../shared/model/stage-mapping.js';
import type { ApiError } from '../api.js';

/** What the board shows: every supply link, or those matching each set filter. */
export interface BoardFilters {
  partyId: string | null;
  kind: NeedKind | null;
  keyItemOnly: boolean;
  overdueOnly: boolean;
}

/**
 * - move: the owner sets the official stage (an approved transition);
 * - report: the supplier's claim (a reported transition);
 * - approve: the owner accepts the pending claim.
 */
export type MoveMode = 'move' | 'report' | 'approve';

/** The move dialog, open for one link and a target stage. */
export interface MoveRequest {
  linkId: string;
  toStage: number;
  mode: MoveMode;
}

/** The timeline shows one supply link, or every supply link of one need node. */
export type TimelineFocus = { linkId: string } | { nodeId: string } | null;

export interface NewParty {
  name: string;
  kind: PartyKind;
  country: string;
  notes: string;
  contacts: Contact[];
}

/** An edit either lands (null) or comes back refused with its error, for the dialog to show. */
export type Outcome = ApiError | null;

export interface QualificationSlice {
  transitions: Readonly<Record<string, Transition>>;
  evidence: Readonly<Record<string, Evidence>>;
  boardFilters: BoardFilters;
  moveRequest: MoveRequest | null;
  timelineFocus: TimelineFocus;
  setBoardFilters: (patch: Partial<BoardFilters>) => void;
  requestMove: (request: MoveRequest | null) => void;
  /** Switch to the timeline view focused on a link or a need node. */
  showTimeline: (focus: TimelineFocus) => void;
  createParty: (party: NewParty) => Promise<Outcome>;
  updateParty: (id: string, patch: PartyPatch) => Promise<Outcome>;
  deleteParty: (id: string) => Promise<Outcome>;
  mergeParties: (keepId: string, mergeId: string) => Promise<Outcome>;
  createLink: (nodeId: string, partyId: string) => Promise<Outcome>;
  updateLink: (id: string, patch: LinkPatch) => Promise<Outcome>;
  deleteLink: (id: string) => Promise<Outcome>;
  recordMove: (mode: MoveMode, args: StageMoveArgs) => Promise<Outcome>;
  previewStages: (args: StageChangeArgs) => Promise<StageMappingPlan | ApiError>;
  applyStages: (args: StageChangeArgs) => Promise<Outcome>;
  setPpapLevel: (level: number) => Promise<void>;
  openEvidence: (evidenceId: string) => Promise<void>;
}

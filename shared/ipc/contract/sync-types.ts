import type { EntityName } from '../../model/fields.js';
import type { PartyKind, TransitionKind } from '../../model/kinds.js';
import type { PacketKind } from '../../sync/manifest.js';
import type { ContractError } from '../errors.js';

/** This installation's public identity: what others compare by fingerprint. */
export interface IdentityInfo {
  name: string;
  partyId: string;
  replicaId: string;
  fingerprint: string;
}

/** 'os': private keys sealed by the system keychain; 'file': owner-only key files. */
export type KeyProtection = 'os' | 'file';

export interface IdentityState {
  identity: IdentityInfo | null;
  protection: KeyProtection;
}

/** How the open project file takes part in sync. */
export type SyncBinding =
  | { state: 'unbound' }
  | { state: 'bound'; partyId: string; partyName: string; isMaker: boolean }
  /** Made or joined with another installation's keys: it cannot sign packets here. */
  | { state: 'foreign'; partyId: string; partyName: string };

export interface SyncStatus {
  identity: IdentityInfo | null;
  binding: SyncBinding;
  conflicts: number;
  /** Inbound packets from the exchange folder waiting for the user. */
  inbox: number;
  exchangeFolder: string | null;
}

export type EntityCounts = Partial<Record<EntityName, number>>;

export interface PacketLogEntry {
  at: string;
  kind: PacketKind;
  changes: number;
  fileName: string;
}

/**
 * One party as a sync peer. not-invited: nothing sent yet; invited: an invitation went out but
 * nothing came back; current: it acknowledged every change it may see; behind: it has not.
 */
export interface PeerRow {
  partyId: string;
  name: string;
  kind: PartyKind;
  trusted: boolean;
  fingerprint: string | null;
  lastSent: PacketLogEntry | null;
  lastReceived: PacketLogEntry | null;
  /** Changes in its scope it has not acknowledged. */
  pending: number;
  state: 'not-invited' | 'invited' | 'current' | 'behind';
}

/** What "Invite / send update" would write, shown before anything is written. */
export interface ExportPreview {
  partyId: string;
  partyName: string;
  kind: PacketKind;
  changes: number;
  files: number;
  /** Records the packet carries changes for. */
  records: EntityCounts;
  /** Everything the party may see in this project. */
  scope: EntityCounts;
  fileName: string;
  exchangeFolder: string | null;
}

export interface ExportOutcome {
  path: string;
  fileName: string;
  kind: PacketKind;
  changes: number;
  files: number;
  bytes: number;
}

export interface PacketSummary {
  kind: PacketKind;
  packetId: string;
  projectId: string;
  projectName: string;
  createdAt: string;
  sender: { partyId: string; name: string; fingerprint: string };
  recipient: { partyId: string; name: string };
  changes: number;
  files: number;
}

export interface RecordChange {
  entity: EntityName;
  id: string;
  label: string;
  change: 'created' | 'changed' | 'deleted';
  fields: string[];
}

export interface StageMoveChange {
  transitionId: string;
  linkLabel: string;
  kind: TransitionKind;
  fromStage: string;
  toStage: string;
  date: string;
  evidence: string[];
}

/** The changes of one author party in an import preview; lists are capped, counts are not. */
export interface PartyChanges {
  partyId: string;
  name: string;
  created: number;
  changed: number;
  deleted: number;
  records: RecordChange[];
  stageMoves: StageMoveChange[];
  /** Records changed but not listed (the list is capped). */
  unlisted: number;
}

export interface ConflictPreview {
  entity: EntityName;
  id: string;
  label: string;
  field: string;
}

export interface ImportChanges {
  newChanges: number;
  duplicates: number;
  parties: PartyChanges[];
  conflicts: ConflictPreview[];
}

export interface JoinPreview {
  projectName: string;
  /** The party the new copy will act for. */
  partyId: string;
  partyName: string;
  records: EntityCounts;
  files: number;
  fileName: string;
}

/**
 * What opening a packet would do, before anything is written. import: apply or cancel;
 * join: confirm the sender's fingerprint and start a copy; confirm-sender: the sender is a
 * party of the project whose key is not confirmed yet; nothing-new: all of it is here;
 * rejected: why, as a typed error the UI words in the user's language.
 */
export interface PacketPreview {
  token: string;
  fileName: string;
  source: 'file' | 'drop' | 'inbox';
  outcome: 'import' | 'join' | 'confirm-sender' | 'nothing-new' | 'rejected';
  summary: PacketSummary | null;
  rejection: ContractError | null;
  changes: ImportChanges | null;
  join: JoinPreview | null;
}

export interface ImportOutcome {
  applied: number;
  duplicates: number;
  conflicts: number;
  senderName: string;
}

export interface ConflictCandidate {
  opId: string;
  field: string;
  value: string | number | boolean | null;
  authorPartyId: string;
  authorName: string;
  at: string;
  /** The value shown now (the deterministic winner). */
  current: boolean;
}

export interface ConflictRow {
  id: string;
  entity: EntityName;
  entityId: string;
  label: string;
  field: string;
  kind: 'concurrent' | 'deleted';
  values: ConflictCandidate[];
  /** Need nodes whose card shows the badge, and the supply link it concerns, if any. */
  nodeIds: string[];
  linkId: string | null;
}

export interface InboxItem {
  id: string;
  fileName: string;
  senderName: string;
  kind: PacketKind;
  changes: number;
  foundAt: string;
  /** Why it waits: the sender's key to confirm, conflicts it would make, or manual apply. */
  reason: 'confirm-sender' | 'conflicts' | 'manual' | 'waiting';
}

export interface QuarantinedItem {
  fileName: string;
  code: string;
  at: string;
}

export interface ExchangeState {
  folder: string | null;
  autoApply: boolean;
  watching: boolean;
  inbox: InboxItem[];
  quarantined: QuarantinedItem[];
}

import type {
  Evidence,
  NeedNode,
  NeedsEdge,
  Party,
  Project,
  ProjectSnapshot,
  SupplyLink,
  Transition,
} from './entities.js';
import { LINK_ROLES, LINK_STATUSES, NEED_KINDS } from './kinds.js';

/**
 * A need node as one row, its fields in model order. Kinds, statuses and roles are indices
 * into their lists in kinds.ts, party ids indices into `SnapshotRows.partyIds`: a 10,000-node
 * graph repeats the same few values tens of thousands of times.
 */
export type NeedNodeRow = [
  id: string,
  kind: number,
  name: string,
  code: string,
  spec: string,
  keyItem: 0 | 1,
  ownerParty: number,
  notes: string,
  x: number,
  y: number,
];

export type NeedsEdgeRow = [
  id: string,
  fromId: string,
  toId: string,
  quantity: number | null,
  unit: string,
  ownerParty: number,
];

export type SupplyLinkRow = [
  id: string,
  nodeId: string,
  party: number,
  stage: number,
  reportedStage: number | null,
  status: number,
  statusReason: string,
  targetDate: string,
  ownerParty: number,
  role: number,
  sharePct: number | null,
  leadTimeWeeks: number | null,
  recoveryTimeWeeks: number | null,
  notes: string,
  firstBatchDate: string,
  stageTargets: string,
  checklist: string,
];

/**
 * What `project.load` sends: the many need nodes, needs edges and supply links as rows
 * (no field names or long ids repeated per record, so it crosses and parses several times
 * faster than records), the rest as records. `expandSnapshot` gives the `ProjectSnapshot`.
 */
export interface SnapshotRows {
  project: Project;
  parties: Party[];
  /** The party ids the rows refer to by index. */
  partyIds: string[];
  nodes: NeedNodeRow[];
  edges: NeedsEdgeRow[];
  links: SupplyLinkRow[];
  transitions: Transition[];
  evidence: Evidence[];
}

/** The value at `index`, or a thrown error for a row that does not fit its lists. */
function at<T>(list: readonly T[], index: number): T {
  const value = list[index];
  if (value === undefined) throw new RangeError(`snapshot row refers to missing entry ${index}`);
  return value;
}

// Indexed reads, not destructuring: destructuring an array walks an iterator per row.
export function nodeOfRow(row: NeedNodeRow, partyIds: readonly string[]): NeedNode {
  return {
    id: row[0],
    kind: at(NEED_KINDS, row[1]),
    name: row[2],
    code: row[3],
    spec: row[4],
    keyItem: row[5] === 1,
    ownerPartyId: at(partyIds, row[6]),
    notes: row[7],
    x: row[8],
    y: row[9],
  };
}

export function edgeOfRow(row: NeedsEdgeRow, partyIds: readonly string[]): NeedsEdge {
  return {
    id: row[0],
    fromId: row[1],
    toId: row[2],
    quantity: row[3],
    unit: row[4],
    ownerPartyId: at(partyIds, row[5]),
  };
}

export function linkOfRow(row: SupplyLinkRow, partyIds: readonly string[]): SupplyLink {
  return {
    id: row[0],
    nodeId: row[1],
    partyId: at(partyIds, row[2]),
    stage: row[3],
    reportedStage: row[4],
    status: at(LINK_STATUSES, row[5]),
    statusReason: row[6],
    targetDate: row[7],
    ownerPartyId: at(partyIds, row[8]),
    role: at(LINK_ROLES, row[9]),
    sharePct: row[10],
    leadTimeWeeks: row[11],
    recoveryTimeWeeks: row[12],
    notes: row[13],
    firstBatchDate: row[14],
    stageTargets: row[15],
    checklist: row[16],
  };
}

export function expandSnapshot(rows: SnapshotRows): ProjectSnapshot {
  const { partyIds } = rows;
  return {
    project: rows.project,
    parties: rows.parties,
    nodes: rows.nodes.map((row) => nodeOfRow(row, partyIds)),
    edges: rows.edges.map((row) => edgeOfRow(row, partyIds)),
    links: rows.links.map((row) => linkOfRow(row, partyIds)),
    transitions: rows.transitions,
    evidence: rows.evidence,
  };
}

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

/** One field of every record, in record order; `{ all }` when every record has the same value. */
export type Column<T> = T[] | { all: T };

/**
 * Need nodes field by field. Kinds, statuses and roles are indices into their lists in
 * kinds.ts and party ids indices into `SnapshotColumns.partyIds`: a 10,000-node graph
 * repeats the same few values tens of thousands of times.
 */
export interface NodeColumns {
  id: string[];
  kind: Column<number>;
  name: Column<string>;
  code: Column<string>;
  spec: Column<string>;
  keyItem: Column<0 | 1>;
  ownerPartyId: Column<number>;
  notes: Column<string>;
  x: Column<number>;
  y: Column<number>;
}

/**
 * A need node a needs edge or supply link refers to: its index in `NodeColumns.id`, or its id
 * when it is not among the snapshot's need nodes. Indexes send a 10,000-node graph's needs
 * edges without repeating 30,000 ids, and the expanded records share the need nodes' own id
 * strings.
 */
export type NodeRef = number | string;

export interface EdgeColumns {
  id: string[];
  fromId: Column<NodeRef>;
  toId: Column<NodeRef>;
  quantity: Column<number | null>;
  unit: Column<string>;
  ownerPartyId: Column<number>;
}

export interface LinkColumns {
  id: string[];
  nodeId: Column<NodeRef>;
  partyId: Column<number>;
  stage: Column<number>;
  reportedStage: Column<number | null>;
  status: Column<number>;
  statusReason: Column<string>;
  targetDate: Column<string>;
  ownerPartyId: Column<number>;
  role: Column<number>;
  sharePct: Column<number | null>;
  leadTimeWeeks: Column<number | null>;
  recoveryTimeWeeks: Column<number | null>;
  notes: Column<string>;
  firstBatchDate: Column<string>;
  stageTargets: Column<string>;
  checklist: Column<string>;
}

/**
 * What `project.load` sends: need nodes, needs edges and supply links as columns (no field
 * name repeated per record, no column of one repeated value, so it crosses and parses several
 * times faster than records), the rest as records. `expandSnapshot` gives the `ProjectSnapshot`.
 */
export interface SnapshotColumns {
  project: Project;
  parties: Party[];
  /** The party ids the columns refer to by index. */
  partyIds: string[];
  nodes: NodeColumns;
  edges: EdgeColumns;
  links: LinkColumns;
  transitions: Transition[];
  evidence: Evidence[];
}

function missing(index: number): never {
  throw new RangeError(`snapshot columns have no entry ${String(index)}`);
}

/** The value of record `index`; a column too short for its ids means a damaged answer. */
function read<T>(column: Column<T>, index: number): T {
  if (!Array.isArray(column)) return column.all;
  const value = column[index];
  return value === undefined ? missing(index) : value;
}

/** The entry of `list` a coded value stands for. */
function decode<T>(list: readonly T[], column: Column<number>, index: number): T {
  const code = read(column, index);
  const value = list[code];
  return value === undefined ? missing(code) : value;
}

/** The id of the need node that record `index` refers to. */
function nodeId(nodeIds: readonly string[], column: Column<NodeRef>, index: number): string {
  const ref = read(column, index);
  if (typeof ref === 'string') return ref;
  const id = nodeIds[ref];
  return id === undefined ? missing(ref) : id;
}

/**
 * The need nodes at both ends of each needs edge, as indexes into `NodeColumns.id`: from and to
 * of edge `e` at `2e` and `2e + 1`, -1 for an end that is not among the snapshot's need nodes.
 */
export function edgeEndIndexes(columns: Pick<SnapshotColumns, 'nodes' | 'edges'>): Int32Array {
  const count = columns.edges.id.length;
  const nodeCount = columns.nodes.id.length;
  const ends = new Int32Array(count * 2);
  const index = (ref: NodeRef) =>
    typeof ref === 'number' && Number.isInteger(ref) && ref >= 0 && ref < nodeCount ? ref : -1;
  for (let e = 0; e < count; e++) {
    ends[e * 2] = index(read(columns.edges.fromId, e));
    ends[e * 2 + 1] = index(read(columns.edges.toId, e));
  }
  return ends;
}

export function expandNodes(c: NodeColumns, partyIds: readonly string[]): NeedNode[] {
  return c.id.map((id, i) => ({
    id,
    kind: decode(NEED_KINDS, c.kind, i),
    name: read(c.name, i),
    code: read(c.code, i),
    spec: read(c.spec, i),
    keyItem: read(c.keyItem, i) === 1,
    ownerPartyId: decode(partyIds, c.ownerPartyId, i),
    notes: read(c.notes, i),
    x: read(c.x, i),
    y: read(c.y, i),
  }));
}

export function expandEdges(
  c: EdgeColumns,
  partyIds: readonly string[],
  nodeIds: readonly string[],
): NeedsEdge[] {
  return c.id.map((id, i) => ({
    id,
    fromId: nodeId(nodeIds, c.fromId, i),
    toId: nodeId(nodeIds, c.toId, i),
    quantity: read(c.quantity, i),
    unit: read(c.unit, i),
    ownerPartyId: decode(partyIds, c.ownerPartyId, i),
  }));
}

export function expandLinks(
  c: LinkColumns,
  partyIds: readonly string[],
  nodeIds: readonly string[],
): SupplyLink[] {
  return c.id.map((id, i) => ({
    id,
    nodeId: nodeId(nodeIds, c.nodeId, i),
    partyId: decode(partyIds, c.partyId, i),
    stage: read(c.stage, i),
    reportedStage: read(c.reportedStage, i),
    status: decode(LINK_STATUSES, c.status, i),
    statusReason: read(c.statusReason, i),
    targetDate: read(c.targetDate, i),
    ownerPartyId: decode(partyIds, c.ownerPartyId, i),
    role: decode(LINK_ROLES, c.role, i),
    sharePct: read(c.sharePct, i),
    leadTimeWeeks: read(c.leadTimeWeeks, i),
    recoveryTimeWeeks: read(c.recoveryTimeWeeks, i),
    notes: read(c.notes, i),
    firstBatchDate: read(c.firstBatchDate, i),
    stageTargets: read(c.stageTargets, i),
    checklist: read(c.checklist, i),
  }));
}

export function expandSnapshot(columns: SnapshotColumns): ProjectSnapshot {
  const { partyIds } = columns;
  return {
    project: columns.project,
    parties: columns.parties,
    nodes: expandNodes(columns.nodes, partyIds),
    edges: expandEdges(columns.edges, partyIds, columns.nodes.id),
    links: expandLinks(columns.links, partyIds, columns.nodes.id),
    transitions: columns.transitions,
    evidence: columns.evidence,
  };
}

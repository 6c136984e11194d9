import type { SessionState } from '../../shared/ipc/contract.js';
import type {
  NeedNode,
  NeedsEdge,
  Party,
  ProjectSnapshot,
  SupplyLink,
} from '../../shared/model/index.js';
import { DEFAULT_STAGES_JSON } from '../../shared/model/index.js';

export function node(id: string, extra: Partial<NeedNode> = {}): NeedNode {
  return {
    id,
    kind: 'component',
    name: `node ${id}`,
    code: '',
    spec: '',
    keyItem: false,
    ownerPartyId: 'maker',
    notes: '',
    x: 0,
    y: 0,
    ...extra,
  };
}

export function edge(id: string, fromId: string, toId: string): NeedsEdge {
  return { id, fromId, toId, quantity: null, unit: '', ownerPartyId: 'maker' };
}

export function party(id: string, country: string, extra: Partial<Party> = {}): Party {
  return {
    id,
    name: `party ${id}`,
    kind: 'component_supplier',
    country,
    notes: '',
    contacts: '[]',
    ...extra,
  };
}

export function link(id: string, nodeId: string, partyId: string, stage: number): SupplyLink {
  return {
    id,
    nodeId,
    partyId,
    stage,
    reportedStage: null,
    status: 'on_track',
    statusReason: '',
    targetDate: '',
    ownerPartyId: partyId,
    role: 'primary',
    sharePct: null,
    leadTimeWeeks: null,
    recoveryTimeWeeks: null,
    notes: '',
    firstBatchDate: '',
    stageTargets: '{}',
    checklist: '[]',
  };
}

/** A spindle that needs a bearing that needs steel; the bearing has a domestic and a foreign supplier. */
export function snapshot(overrides: Partial<ProjectSnapshot> = {}): ProjectSnapshot {
  return {
    project: {
      id: 'p1',
      name: 'Demo',
      homeCountry: 'CN',
      stageTemplate: 'one_dragon',
      makerPartyId: 'maker',
      stages: DEFAULT_STAGES_JSON,
      ppapLevel: 3,
    },
    parties: [party('maker', 'CN', { kind: 'maker' }), party('cn', 'CN'), party('de', 'DE')],
    nodes: [
      node('spindle', { kind: 'subsystem', name: 'Spindle' }),
      node('bearing', { name: 'Bearing', x: 300 }),
      node('steel', { kind: 'material', name: 'Steel', x: 600 }),
    ],
    edges: [edge('e1', 'spindle', 'bearing'), edge('e2', 'bearing', 'steel')],
    links: [
      link('l1', 'bearing', 'cn', 4),
      link('l2', 'bearing', 'de', 6),
      link('l3', 'steel', 'de', 2),
    ],
    transitions: [],
    evidence: [],
    ...overrides,
  };
}

export function session(overrides: Partial<SessionState> = {}): SessionState {
  return {
    locale: 'en',
    project: { path: '/projects/demo.longmai', name: 'Demo', schemaVersion: 1 },
    recent: [],
    ...overrides,
  };
}

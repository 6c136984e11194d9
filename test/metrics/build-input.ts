import {
  DEFAULT_METRICS_OPTIONS,
  type MetricsInput,
  type MetricsLink,
  type MetricsNode,
} from '../../shared/graph/metrics/index.js';
import type { NeedKind } from '../../shared/model/kinds.js';

/** Parties of the hand-made graphs: two at home (CN), two in Germany, one in Japan. */
export const PARTIES = [
  { id: 'cn1', name: 'CN one', country: 'CN' },
  { id: 'cn2', name: 'CN two', country: 'CN' },
  { id: 'de1', name: 'DE one', country: 'DE' },
  { id: 'de2', name: 'DE two', country: 'DE' },
  { id: 'jp1', name: 'JP one', country: 'JP' },
];

export const BATCH = 6;
export const TODAY = '2026-06-15';

type NodeSpec = [id: string, kind: NeedKind, keyItem?: boolean];
type LinkSpec = [nodeId: string, partyId: string, stage: number, extra?: Partial<MetricsLink>];

let linkCounter = 0;

export function link(
  nodeId: string,
  partyId: string,
  stage: number,
  extra: Partial<MetricsLink> = {},
): MetricsLink {
  linkCounter += 1;
  return {
    id: `l${String(linkCounter)}`,
    nodeId,
    partyId,
    stage,
    status: 'on_track',
    statusReason: '',
    stageTargets: [],
    recoveryTimeWeeks: null,
    ...extra,
  };
}

export interface Spec {
  nodes: NodeSpec[];
  /** "a>b" means a needs b. */
  edges?: string[];
  links?: LinkSpec[];
  overrides?: Partial<MetricsInput>;
}

/** A small project from a compact description; the home country is CN. */
export function buildInput(spec: Spec): MetricsInput {
  const nodes: MetricsNode[] = spec.nodes.map(([id, kind, keyItem = false]) => ({
    id,
    kind,
    name: id,
    keyItem,
  }));
  return {
    homeCountry: 'CN',
    batchStage: BATCH,
    stageCount: 8,
    today: TODAY,
    nodes,
    edges: (spec.edges ?? []).map((edge) => {
      const [fromId = '', toId = ''] = edge.split('>');
      return { fromId, toId };
    }),
    parties: PARTIES,
    links: (spec.links ?? []).map(([nodeId, partyId, stage, extra]) =>
      link(nodeId, partyId, stage, extra),
    ),
    stageEvents: [],
    options: DEFAULT_METRICS_OPTIONS,
    ...spec.overrides,
  };
}

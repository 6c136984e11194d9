import {
  DEFAULT_METRICS_OPTIONS,
  type MetricsInput,
  type MetricsLink,
  type MetricsNode,
} from '../../shared/graph/metrics/index.js';
import { NEED_KINDS, type NeedKind } from '../../shared/model/kinds.js';

/** mulberry32: a small seeded generator, so every random graph can be rebuilt from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface RandomProjectOptions {
  seed: number;
  nodes: number;
  /** Average needs edges per node. */
  edgesPerNode: number;
  /** Average supply links per supplied node. */
  linksPerNode: number;
  parties: number;
  /** Extra edges pointing "backwards", closing cycles (merged edits can do that). */
  backEdges?: number;
  stageEvents?: boolean;
}

const COUNTRIES = ['CN', 'CN', 'CN', 'DE', 'JP', 'US', 'CH', 'TW'];

/**
 * A layered project: the first nodes are systems and subsystems, later ones components,
 * materials and processes; edges run from lower to higher index, so the graph is a DAG
 * unless `backEdges` adds edges the other way.
 */
export function randomProject(options: RandomProjectOptions): MetricsInput {
  const random = seededRandom(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const systems = Math.max(1, Math.round(options.nodes * 0.01));
  const subsystems = Math.max(1, Math.round(options.nodes * 0.09));
  const nodes: MetricsNode[] = [];
  for (let i = 0; i < options.nodes; i++) {
    const kind: NeedKind =
      i < systems ? 'system' : i < systems + subsystems ? 'subsystem' : pick(NEED_KINDS.slice(2));
    nodes.push({ id: `n${String(i)}`, kind, name: `node ${String(i)}`, keyItem: random() < 0.3 });
  }
  const edges: { fromId: string; toId: string }[] = [];
  for (let i = 0; i < options.nodes - 1; i++) {
    const count = Math.floor(random() * options.edgesPerNode * 2);
    for (let e = 0; e < count; e++) {
      const span = Math.max(1, Math.floor((options.nodes - i - 1) * random() * 0.2));
      const target = Math.min(options.nodes - 1, i + 1 + Math.floor(random() * span));
      edges.push({ fromId: `n${String(i)}`, toId: `n${String(target)}` });
    }
  }
  for (let e = 0; e < (options.backEdges ?? 0); e++) {
    const from = 1 + Math.floor(random() * (options.nodes - 1));
    edges.push({ fromId: `n${String(from)}`, toId: `n${String(Math.floor(random() * from))}` });
  }
  const parties = Array.from({ length: options.parties }, (_, p) => ({
    id: `p${String(p)}`,
    name: `party ${String(p)}`,
    country: pick(COUNTRIES),
  }));
  const links: MetricsLink[] = [];
  const stageEvents: MetricsInput['stageEvents'][number][] = [];
  nodes.forEach((node, i) => {
    if (i < systems + subsystems) return;
    const count = Math.floor(random() * options.linksPerNode * 2);
    for (let l = 0; l < count; l++) {
      const stage = Math.floor(random() * 8);
      const link: MetricsLink = {
        id: `l${String(links.length)}`,
        nodeId: node.id,
        partyId: pick(parties).id,
        stage,
        status: random() < 0.05 ? 'blocked' : 'on_track',
        statusReason: '',
        stageTargets: random() < 0.2 ? [{ stage: Math.min(7, stage + 1), date: '2026-03-31' }] : [],
        recoveryTimeWeeks: random() < 0.5 ? Math.floor(random() * 60) : null,
      };
      links.push(link);
      if (options.stageEvents) {
        for (let s = 0; s <= stage; s++) {
          const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
          stageEvents.push({ linkId: link.id, date: `${String(2018 + s)}-${month}-15`, stage: s });
        }
      }
    }
  });
  return {
    homeCountry: 'CN',
    batchStage: 6,
    stageCount: 8,
    today: '2026-06-30',
    nodes,
    edges,
    parties,
    links,
    stageEvents,
    options: DEFAULT_METRICS_OPTIONS,
  };
}

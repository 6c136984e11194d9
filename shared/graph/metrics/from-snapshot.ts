import type { LinkStatus, NeedKind } from '../../model/kinds.js';
import {
  DEFAULT_METRICS_OPTIONS,
  type MetricsInput,
  type MetricsOptions,
  type StageEvent,
  type StageTarget,
} from './input.js';

/**
 * The parts of a project snapshot the metrics read. Fields added by later schema versions are
 * optional, so a snapshot from any version fits.
 */
export interface SnapshotLike {
  project: { homeCountry: string };
  parties: readonly { id: string; name: string; country: string }[];
  nodes: readonly { id: string; kind: NeedKind; name: string; keyItem: boolean }[];
  edges: readonly { fromId: string; toId: string }[];
  links: readonly {
    id: string;
    nodeId: string;
    partyId: string;
    stage: number;
    status: LinkStatus;
    statusReason: string;
    targetDate: string;
    /** JSON { [stageKey]: date }. */
    stageTargets?: string;
    recoveryTimeWeeks?: number | null;
  }[];
}

export interface SnapshotContext {
  today: string;
  /** The project's stage keys in order; stage indices and target keys refer to it. */
  stageKeys: readonly string[];
  batchStage: number;
  stageEvents?: readonly StageEvent[];
  options?: Partial<MetricsOptions>;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The stored JSON, or null when it is empty or unreadable (the store validates on write). */
function parseJson(text: string): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null;
  }
}

/**
 * A link's stage targets as indices. Per-stage targets name stages by key; a file from before
 * them has one `targetDate`, read as the target of the link's next stage.
 */
export function stageTargetsOf(
  link: SnapshotLike['links'][number],
  stageKeys: readonly string[],
): StageTarget[] {
  const targets: StageTarget[] = [];
  const perStage = parseJson(link.stageTargets ?? '');
  if (perStage && typeof perStage === 'object') {
    for (const [key, date] of Object.entries(perStage)) {
      const stage = stageKeys.indexOf(key);
      if (stage >= 0 && typeof date === 'string' && DATE.test(date)) targets.push({ stage, date });
    }
  }
  if (targets.length === 0 && DATE.test(link.targetDate) && link.stage + 1 < stageKeys.length) {
    targets.push({ stage: link.stage + 1, date: link.targetDate });
  }
  return targets.sort((a, b) => a.stage - b.stage);
}

export function metricsInputFrom(snapshot: SnapshotLike, context: SnapshotContext): MetricsInput {
  return {
    homeCountry: snapshot.project.homeCountry,
    batchStage: context.batchStage,
    stageCount: context.stageKeys.length,
    today: context.today,
    nodes: snapshot.nodes.map(({ id, kind, name, keyItem }) => ({ id, kind, name, keyItem })),
    edges: snapshot.edges.map(({ fromId, toId }) => ({ fromId, toId })),
    parties: snapshot.parties.map(({ id, name, country }) => ({ id, name, country })),
    links: snapshot.links.map((link) => ({
      id: link.id,
      nodeId: link.nodeId,
      partyId: link.partyId,
      stage: link.stage,
      status: link.status,
      statusReason: link.statusReason,
      stageTargets: stageTargetsOf(link, context.stageKeys),
      recoveryTimeWeeks: link.recoveryTimeWeeks ?? null,
    })),
    stageEvents: context.stageEvents ?? [],
    options: { ...DEFAULT_METRICS_OPTIONS, ...context.options },
  };
}

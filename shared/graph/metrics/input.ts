import type { LinkStatus, NeedKind } from '../../model/kinds.js';

/**
 * Everything the metrics read, as plain data. The services fill it from a project snapshot
 * (see from-snapshot.ts); tests and the benchmark build it by hand. Keeping the metrics on
 * this narrow shape lets the model grow without touching the definitions.
 */
export interface MetricsNode {
  id: string;
  kind: NeedKind;
  name: string;
  keyItem: boolean;
}

/** "fromId needs toId": toId is upstream of fromId. */
export interface MetricsEdge {
  fromId: string;
  toId: string;
}

export interface MetricsParty {
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2; domestic when equal to the project's home country. */
  country: string;
}

export interface MetricsLink {
  id: string;
  nodeId: string;
  partyId: string;
  /** Official stage index in the project's stage list. */
  stage: number;
  status: LinkStatus;
  statusReason: string;
  /**
   * Dates (YYYY-MM-DD) by which the link should have reached a stage, keyed by stage index.
   * A link is overdue when one of these has passed and its stage is still below that index.
   */
  stageTargets: readonly StageTarget[];
  /** Weeks to restore supply from this party after a disruption; null when not estimated. */
  recoveryTimeWeeks: number | null;
}

export interface StageTarget {
  stage: number;
  date: string;
}

/** One move of a supply link's official stage, for the trend. */
export interface StageEvent {
  linkId: string;
  /** YYYY-MM-DD on which the link reached `stage`. */
  date: string;
  stage: number;
}

export interface MetricsOptions {
  /** A qualified link whose recovery takes longer than this many weeks is flagged. */
  longRecoveryWeeks: number;
}

export const DEFAULT_METRICS_OPTIONS: MetricsOptions = { longRecoveryWeeks: 26 };

export interface MetricsInput {
  homeCountry: string;
  /** Index of the first stage that counts as batch supply or later (the template decides). */
  batchStage: number;
  /** How many stages the project's stage list has (for the stage distribution). */
  stageCount: number;
  /** Today as YYYY-MM-DD: decides what is overdue and where the trend ends. */
  today: string;
  nodes: readonly MetricsNode[];
  edges: readonly MetricsEdge[];
  parties: readonly MetricsParty[];
  links: readonly MetricsLink[];
  /** Stage history for the trend; empty when none is known. */
  stageEvents: readonly StageEvent[];
  options: MetricsOptions;
}

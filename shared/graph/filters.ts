import type { LinkStatus, NeedKind } from '../model/kinds.js';

export type OriginFilter = 'domestic' | 'import' | 'none';

/**
 * The filters the graph and the table share. Within one filter any chosen value matches;
 * across filters all must match. An empty list (or null) does not filter.
 */
export interface GraphFilters {
  kinds: readonly NeedKind[];
  partyIds: readonly string[];
  /** Furthest official stage among a need node's supply links. */
  stages: readonly number[];
  /** Status of any of its supply links. */
  statuses: readonly LinkStatus[];
  keyItem: boolean | null;
  origins: readonly OriginFilter[];
}

export const NO_FILTERS: GraphFilters = {
  kinds: [],
  partyIds: [],
  stages: [],
  statuses: [],
  keyItem: null,
  origins: [],
};

/** What the filters look at about one need node, derived from it and its supply links. */
export interface NodeFacts {
  kind: NeedKind;
  keyItem: boolean;
  partyIds: readonly string[];
  bestStage: number | null;
  statuses: readonly LinkStatus[];
  origin: OriginFilter;
}

export function countActiveFilters(filters: GraphFilters): number {
  return (
    (filters.kinds.length > 0 ? 1 : 0) +
    (filters.partyIds.length > 0 ? 1 : 0) +
    (filters.stages.length > 0 ? 1 : 0) +
    (filters.statuses.length > 0 ? 1 : 0) +
    (filters.keyItem === null ? 0 : 1) +
    (filters.origins.length > 0 ? 1 : 0)
  );
}

const anyOf = <T>(chosen: readonly T[], values: readonly T[]): boolean =>
  chosen.length === 0 || values.some((value) => chosen.includes(value));

export function matchesFilters(facts: NodeFacts, filters: GraphFilters): boolean {
  return (
    (filters.kinds.length === 0 || filters.kinds.includes(facts.kind)) &&
    (filters.keyItem === null || filters.keyItem === facts.keyItem) &&
    (filters.origins.length === 0 || filters.origins.includes(facts.origin)) &&
    (filters.stages.length === 0 ||
      (facts.bestStage !== null && filters.stages.includes(facts.bestStage))) &&
    anyOf(filters.partyIds, facts.partyIds) &&
    anyOf(filters.statuses, facts.statuses)
  );
}

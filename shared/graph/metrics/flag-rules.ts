import type { FlagParams, RiskFlagCode } from './flag-codes.js';
import type { MetricsLink, MetricsNode, MetricsParty, StageTarget } from './input.js';

/**
 * What the rules see of one need node: its links, its qualified suppliers, its context.
 * One object is refilled for every node, so rules must not keep it.
 */
export interface NodeSupply {
  node: MetricsNode;
  links: MetricsLink[];
  /** Per link (same order; only the first links.length entries count): its party is domestic. */
  domestic: readonly boolean[];
  /** Distinct parties at batch supply or later. */
  qualified: readonly string[];
  /** A single-sourced node upstream (see hidden-shared.ts), or null. */
  sharedUpstream: { node: MetricsNode; party: string } | null;
  batchStage: number;
  homeCountry: string;
  today: string;
  longRecoveryWeeks: number;
  party: (id: string) => MetricsParty | undefined;
}

export type Rule = (supply: NodeSupply) => FlagParams | null;

const nameOf = (supply: NodeSupply, partyId: string): string =>
  supply.party(partyId)?.name ?? partyId;

/** Distinct party names of the links that pass `test`, in link order. */
function partyNames(s: NodeSupply, test: (link: MetricsLink, i: number) => boolean): string[] {
  const names: string[] = [];
  for (let i = 0; i < s.links.length; i++) {
    const link = s.links[i] as MetricsLink;
    if (!test(link, i)) continue;
    const name = nameOf(s, link.partyId);
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

// Index loops over a node's links: the rules run for every need node, and for-of allocates
// an iterator each time until the optimiser has compiled them.

/**
 * Most flagged need nodes have no supplier and a handful of candidates: flags with the same
 * count share one params object (params are read-only), which keeps large reports small.
 */
const NO_SUPPLIER_PARAMS: FlagParams[] = [];

/** The rules, one per flag code; each returns the reason's params when the flag applies. */
export const FLAG_RULES: Readonly<Record<RiskFlagCode, Rule>> = {
  no_supplier: (s) => {
    if (s.qualified.length > 0) return null;
    let candidates = 0;
    for (let k = 0; k < s.links.length; k++) {
      if ((s.links[k] as MetricsLink).stage < s.batchStage) candidates += 1;
    }
    return (NO_SUPPLIER_PARAMS[candidates] ??= { candidates });
  },

  blocked: (s) => {
    let first: MetricsLink | undefined;
    for (let k = 0; k < s.links.length && !first; k++) {
      if (s.links[k]?.status === 'blocked') first = s.links[k];
    }
    if (!first) return null;
    return {
      parties: partyNames(s, (link) => link.status === 'blocked'),
      reason: first.statusReason,
    };
  },

  single_source: (s) => {
    const only = s.qualified[0];
    return s.qualified.length === 1 && only !== undefined ? { party: nameOf(s, only) } : null;
  },

  import_only: (s) => {
    if (s.links.length === 0) return null;
    for (let k = 0; k < s.links.length; k++) if (s.domestic[k]) return null;
    const countries: string[] = [];
    for (let k = 0; k < s.links.length; k++) {
      const country = s.party((s.links[k] as MetricsLink).partyId)?.country;
      if (country !== undefined && !countries.includes(country)) countries.push(country);
    }
    return countries.length > 0 ? { countries: countries.sort() } : null;
  },

  hidden_shared_dependency: (s) =>
    s.qualified.length >= 2 && s.sharedUpstream
      ? {
          via: s.sharedUpstream.node.name,
          party: nameOf(s, s.sharedUpstream.party),
          suppliers: s.qualified.length,
        }
      : null,

  single_country: (s) => {
    if (s.qualified.length < 2) return null;
    const country = s.party(s.qualified[0] ?? '')?.country;
    if (!country || country === s.homeCountry) return null;
    const same = s.qualified.every((id) => s.party(id)?.country === country);
    return same ? { country, count: s.qualified.length } : null;
  },

  long_recovery_time: (s) => {
    let worst: MetricsLink | null = null;
    for (let k = 0; k < s.links.length; k++) {
      const link = s.links[k] as MetricsLink;
      const weeks = link.recoveryTimeWeeks;
      if (link.stage < s.batchStage || weeks === null || weeks <= s.longRecoveryWeeks) continue;
      if (!worst || weeks > (worst.recoveryTimeWeeks ?? 0)) worst = link;
    }
    return worst
      ? {
          party: nameOf(s, worst.partyId),
          weeks: worst.recoveryTimeWeeks ?? 0,
          threshold: s.longRecoveryWeeks,
        }
      : null;
  },

  overdue_stage: (s) => {
    let found: { link: MetricsLink; stage: number; date: string } | null = null;
    for (let k = 0; k < s.links.length; k++) {
      const link = s.links[k] as MetricsLink;
      for (let t = 0; t < link.stageTargets.length; t++) {
        const target = link.stageTargets[t] as StageTarget;
        if (target.date >= s.today || link.stage >= target.stage) continue;
        if (!found || target.date < found.date) found = { link, ...target };
      }
    }
    return found
      ? { party: nameOf(s, found.link.partyId), stage: found.stage, date: found.date }
      : null;
  },

  domestic_alternative_qualifying: (s) => {
    let best = -1;
    for (let i = 0; i < s.links.length; i++) {
      const stage = s.links[i]?.stage ?? -1;
      if (!s.domestic[i]) continue;
      if (stage >= s.batchStage) return null;
      best = Math.max(best, stage);
    }
    if (best < 0) return null;
    return { parties: partyNames(s, (_link, i) => s.domestic[i] === true), stage: best };
  },
};

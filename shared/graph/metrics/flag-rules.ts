import type { FlagParams, RiskFlagCode } from './flag-codes.js';
import type { MetricsLink, MetricsNode, MetricsParty } from './input.js';

/**
 * What the rules see of one need node: its links, its qualified suppliers, its context.
 * One object is refilled for every node, so rules must not keep it.
 */
export interface NodeSupply {
  node: MetricsNode;
  links: MetricsLink[];
  /** Per link (same order): its party is in the home country. */
  domestic: boolean[];
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

type Rule = (supply: NodeSupply) => FlagParams | null;

const nameOf = (supply: NodeSupply, partyId: string): string =>
  supply.party(partyId)?.name ?? partyId;

/** Distinct party names of the links that pass `test`, in link order. */
function partyNames(s: NodeSupply, test: (link: MetricsLink, i: number) => boolean): string[] {
  const names: string[] = [];
  s.links.forEach((link, i) => {
    const name = nameOf(s, link.partyId);
    if (test(link, i) && !names.includes(name)) names.push(name);
  });
  return names;
}

/** The rules, one per flag code; each returns the reason's params when the flag applies. */
export const FLAG_RULES: Readonly<Record<RiskFlagCode, Rule>> = {
  no_supplier: (s) => {
    if (s.qualified.length > 0) return null;
    let candidates = 0;
    for (const link of s.links) if (link.stage < s.batchStage) candidates += 1;
    return { candidates };
  },

  blocked: (s) => {
    const first = s.links.find((link) => link.status === 'blocked');
    if (!first) return null;
    return {
      parties: partyNames(s, (link) => link.status === 'blocked'),
      reason: first.statusReason,
    };
  },

  single_source: (s) => {
    const [only] = s.qualified;
    return s.qualified.length === 1 && only !== undefined ? { party: nameOf(s, only) } : null;
  },

  import_only: (s) => {
    if (s.links.length === 0 || s.domestic.includes(true)) return null;
    const countries: string[] = [];
    for (const link of s.links) {
      const country = s.party(link.partyId)?.country;
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
    for (const link of s.links) {
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
    for (const link of s.links) {
      for (const target of link.stageTargets) {
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

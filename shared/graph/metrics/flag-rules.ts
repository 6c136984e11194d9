import type { FlagParams, RiskFlagCode } from './flag-codes.js';
import type { MetricsLink, MetricsNode, MetricsParty } from './input.js';

/** What the rules see of one need node: its links, its qualified suppliers, its context. */
export interface NodeSupply {
  node: MetricsNode;
  links: readonly MetricsLink[];
  /** Per link (same order): its party is in the home country. */
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

type Rule = (supply: NodeSupply) => FlagParams | null;

const nameOf = (supply: NodeSupply, partyId: string): string =>
  supply.party(partyId)?.name ?? partyId;

const unique = (values: readonly string[]): string[] => [...new Set(values)];

/** The rules, one per flag code; each returns the reason's params when the flag applies. */
export const FLAG_RULES: Readonly<Record<RiskFlagCode, Rule>> = {
  no_supplier: (s) =>
    s.qualified.length === 0
      ? { candidates: s.links.filter((link) => link.stage < s.batchStage).length }
      : null,

  blocked: (s) => {
    const blocked = s.links.filter((link) => link.status === 'blocked');
    const first = blocked[0];
    if (!first) return null;
    return {
      parties: unique(blocked.map((link) => nameOf(s, link.partyId))),
      reason: first.statusReason,
    };
  },

  single_source: (s) => {
    const [only] = s.qualified;
    return s.qualified.length === 1 && only !== undefined ? { party: nameOf(s, only) } : null;
  },

  import_only: (s) => {
    const known = s.links.filter((link) => s.party(link.partyId) !== undefined);
    if (known.length === 0 || s.domestic.some(Boolean)) return null;
    const countries = unique(known.map((link) => s.party(link.partyId)?.country ?? '')).sort();
    return { countries };
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
    const countries = unique(s.qualified.map((id) => s.party(id)?.country ?? ''));
    const [country] = countries;
    return countries.length === 1 && country && country !== s.homeCountry
      ? { country, count: s.qualified.length }
      : null;
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
    const domestic = s.links.filter((_link, i) => s.domestic[i]);
    if (domestic.length === 0 || domestic.some((link) => link.stage >= s.batchStage)) return null;
    return {
      parties: unique(domestic.map((link) => nameOf(s, link.partyId))),
      stage: Math.max(...domestic.map((link) => link.stage)),
    };
  },
};

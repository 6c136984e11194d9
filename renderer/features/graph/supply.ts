import type { Party, SupplyLink } from '../../../shared/model/index.js';

export type SupplyOrigin = 'domestic' | 'import' | 'none';

/** The furthest official stage among a need node's supply links; null with no supplier. */
export function bestStage(links: readonly SupplyLink[]): number | null {
  let best: number | null = null;
  for (const link of links) if (best === null || link.stage > best) best = link.stage;
  return best;
}

/**
 * Domestic if any supplier's party is in the project's home country/region, import if every
 * supplier is abroad, none without a supplier. A link whose party is unknown tells nothing.
 */
export function supplyOrigin(
  links: readonly SupplyLink[],
  parties: Readonly<Record<string, Party>>,
  homeCountry: string,
): SupplyOrigin {
  let foreign = false;
  for (const link of links) {
    const party = parties[link.partyId];
    if (!party) continue;
    if (party.country === homeCountry) return 'domestic';
    foreign = true;
  }
  return foreign ? 'import' : 'none';
}

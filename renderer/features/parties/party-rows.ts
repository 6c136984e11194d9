import { originOf } from '../../../shared/model/countries.js';
import type { Party, SupplyLink } from '../../../shared/model/index.js';
import { parseContacts, type Contact } from '../../../shared/model/json-fields.js';

export interface PartyRow {
  party: Party;
  origin: 'domestic' | 'import';
  contacts: Contact[];
  linkCount: number;
}

/** One row per party with its supply-link count and origin, filtered by text, sorted by name. */
export function partyRows(
  parties: Readonly<Record<string, Party>>,
  links: Readonly<Record<string, SupplyLink>>,
  homeCountry: string,
  filter: string,
  locale: string,
): PartyRow[] {
  const counts = new Map<string, number>();
  for (const link of Object.values(links)) {
    counts.set(link.partyId, (counts.get(link.partyId) ?? 0) + 1);
  }
  const needle = filter.trim().toLowerCase();
  const collator = new Intl.Collator(locale);
  return Object.values(parties)
    .filter(
      (party) =>
        needle === '' ||
        party.name.toLowerCase().includes(needle) ||
        party.notes.toLowerCase().includes(needle) ||
        party.country.toLowerCase() === needle,
    )
    .map((party) => ({
      party,
      origin: originOf(party.country, homeCountry),
      contacts: parseContacts(party.contacts),
      linkCount: counts.get(party.id) ?? 0,
    }))
    .sort((a, b) => collator.compare(a.party.name, b.party.name));
}

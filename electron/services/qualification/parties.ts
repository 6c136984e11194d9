import type { MethodArgs } from '../../../shared/ipc/contract.js';
import { LongmaiError } from '../../../shared/ipc/errors.js';
import { isCountryCode } from '../../../shared/model/countries.js';
import type { Party } from '../../../shared/model/entities.js';
import { parseContacts } from '../../../shared/model/json-fields.js';
import type { FieldChange } from '../../../shared/sync/ops.js';
import { creationChanges, patchChanges, tombstone } from '../edits/changes.js';
import { newId } from '../ids.js';
import type { ProjectStore } from '../store/index.js';
import { applyAs, type ActingOptions } from './acting.js';
import { requireParty } from './require.js';

function requireCountry(country: string | undefined): void {
  if (country !== undefined && !isCountryCode(country)) {
    throw new LongmaiError('E_UNKNOWN_COUNTRY', `${country} is not an ISO 3166 country code`, {
      country,
    });
  }
}

export function createParty(
  store: ProjectStore,
  args: MethodArgs<'party.create'>,
  options: ActingOptions = {},
): Party {
  requireCountry(args.country);
  const id = newId();
  applyAs(
    store,
    creationChanges('party', id, {
      name: args.name,
      kind: args.kind,
      country: args.country,
      notes: args.notes ?? '',
      contacts: JSON.stringify(args.contacts ?? []),
    }),
    options,
  );
  return requireParty(store, id);
}

export function updateParty(
  store: ProjectStore,
  args: MethodArgs<'party.update'>,
  options: ActingOptions = {},
): Party {
  const current = requireParty(store, args.id);
  requireCountry(args.patch.country);
  const { contacts, ...rest } = args.patch;
  const patch = contacts === undefined ? rest : { ...rest, contacts: JSON.stringify(contacts) };
  applyAs(store, patchChanges('party', current, patch, args.id), options);
  return requireParty(store, args.id);
}

/** The maker, and parties that authored records, cannot go: others' records point at them. */
function refuseIfInUse(store: ProjectStore, party: Party): void {
  if (party.id === store.project().makerPartyId || store.qualification.ownsRecords(party.id)) {
    throw new LongmaiError('E_PARTY_IN_USE', `${party.name} owns records of this project`, {
      name: party.name,
    });
  }
}

/** Removes the party with its supply links; their transitions stay as history. */
export function deleteParty(
  store: ProjectStore,
  args: MethodArgs<'party.delete'>,
  options: ActingOptions = {},
): { partyId: string; linkIds: string[] } {
  const party = requireParty(store, args.id);
  refuseIfInUse(store, party);
  const linkIds = store.qualification.linkIdsOfParty(party.id);
  applyAs(
    store,
    [...linkIds.map((id) => tombstone('link', id)), tombstone('party', party.id)],
    options,
  );
  return { partyId: party.id, linkIds };
}

/**
 * Merge a duplicate into the party kept: its supply links are re-pointed (with their history)
 * and it is removed, in one change. Notes and contacts of the duplicate are appended to the
 * kept party's, so nothing typed in is lost.
 */
export function mergeParties(
  store: ProjectStore,
  args: MethodArgs<'party.merge'>,
  options: ActingOptions = {},
): { party: Party; mergedId: string; linkIds: string[] } {
  const keep = requireParty(store, args.keepId);
  const merge = requireParty(store, args.mergeId);
  if (keep.id === merge.id) {
    throw new LongmaiError('E_MERGE_SAME', `${keep.name} cannot be merged into itself`, {
      name: keep.name,
    });
  }
  refuseIfInUse(store, merge);
  const linkIds = store.qualification.linkIdsOfParty(merge.id);
  const changes: FieldChange[] = linkIds.map((id) => ({
    entity: 'link',
    entityId: id,
    field: 'partyId',
    value: keep.id,
  }));
  const notes = [keep.notes, merge.notes].filter((text) => text.trim() !== '').join('\n');
  const contacts = [...parseContacts(keep.contacts), ...parseContacts(merge.contacts)].slice(0, 20);
  changes.push(
    ...patchChanges('party', keep, { notes, contacts: JSON.stringify(contacts) }, keep.id),
    tombstone('party', merge.id),
  );
  applyAs(store, changes, options);
  return { party: requireParty(store, keep.id), mergedId: merge.id, linkIds };
}

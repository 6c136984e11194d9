import { z } from 'zod';
import type { Party } from '../../model/entities.js';
import { contactListSchema } from '../../model/json-fields.js';
import {
  countrySchema,
  idSchema,
  longTextSchema,
  nameSchema,
  partyKindSchema,
} from '../../model/schemas.js';

const partyPatchSchema = z
  .object({
    name: nameSchema,
    kind: partyKindSchema,
    country: countrySchema,
    notes: longTextSchema,
    contacts: contactListSchema,
  })
  .partial()
  .strict();
export type PartyPatch = z.infer<typeof partyPatchSchema>;

/** Parties: the maker, suppliers, test platforms and institutes of the project. */
export const PARTY_METHODS = {
  'party.create': {
    args: z
      .object({
        name: nameSchema,
        kind: partyKindSchema,
        country: countrySchema,
        notes: longTextSchema.optional(),
        contacts: contactListSchema.optional(),
      })
      .strict(),
    result: {} as Party,
  },
  'party.update': {
    args: z.object({ id: idSchema, patch: partyPatchSchema }).strict(),
    result: {} as Party,
  },
  /** Removes the party and its supply links (their history stays). */
  'party.delete': {
    args: z.object({ id: idSchema }).strict(),
    result: {} as { partyId: string; linkIds: string[] },
  },
  /** Re-points every supply link of `mergeId` to `keepId` and removes `mergeId`, in one change. */
  'party.merge': {
    args: z.object({ keepId: idSchema, mergeId: idSchema }).strict(),
    result: {} as { party: Party; mergedId: string; linkIds: string[] },
  },
} as const;

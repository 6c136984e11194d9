import { z } from 'zod';
import {
  coordinateSchema,
  countrySchema,
  idSchema,
  isoDateSchema,
  linkStatusSchema,
  longTextSchema,
  nameSchema,
  needKindSchema,
  partyKindSchema,
  shortTextSchema,
  stageSchema,
  stageTemplateSchema,
} from './schemas.js';

/**
 * The allow-list of entities and fields the op log may touch, with each field's value schema.
 * Op entity and field names come only from here; nothing else is ever spliced into SQL.
 * `deleted` is the tombstone register every entity carries.
 */
export const ENTITY_FIELDS = {
  project: {
    name: nameSchema,
    homeCountry: countrySchema,
    stageTemplate: stageTemplateSchema,
    makerPartyId: idSchema,
  },
  party: {
    name: nameSchema,
    kind: partyKindSchema,
    country: countrySchema,
    notes: longTextSchema,
    deleted: z.boolean(),
  },
  node: {
    kind: needKindSchema,
    name: nameSchema,
    code: shortTextSchema,
    spec: longTextSchema,
    keyItem: z.boolean(),
    ownerPartyId: idSchema,
    notes: longTextSchema,
    x: coordinateSchema,
    y: coordinateSchema,
    deleted: z.boolean(),
  },
  edge: {
    fromId: idSchema,
    toId: idSchema,
    quantity: z.number().finite().positive().max(1e9).nullable(),
    unit: z.string().max(40),
    ownerPartyId: idSchema,
    deleted: z.boolean(),
  },
  link: {
    nodeId: idSchema,
    partyId: idSchema,
    stage: stageSchema,
    reportedStage: stageSchema.nullable(),
    status: linkStatusSchema,
    statusReason: longTextSchema,
    targetDate: isoDateSchema,
    ownerPartyId: idSchema,
    deleted: z.boolean(),
  },
} as const;

export type EntityName = keyof typeof ENTITY_FIELDS;
export const ENTITY_NAMES = Object.keys(ENTITY_FIELDS) as EntityName[];
export type FieldName<E extends EntityName> = keyof (typeof ENTITY_FIELDS)[E] & string;
export type FieldValue<E extends EntityName, F extends FieldName<E>> = z.infer<
  (typeof ENTITY_FIELDS)[E][F]
>;

export function isEntityName(value: string): value is EntityName {
  return Object.hasOwn(ENTITY_FIELDS, value);
}

export function isFieldOf<E extends EntityName>(entity: E, field: string): field is FieldName<E> {
  return Object.hasOwn(ENTITY_FIELDS[entity], field);
}

/** Fields an entity must have when it is created (all but the tombstone). */
export function requiredFields<E extends EntityName>(entity: E): FieldName<E>[] {
  return (Object.keys(ENTITY_FIELDS[entity]) as FieldName<E>[]).filter((f) => f !== 'deleted');
}

export function fieldSchema(entity: EntityName, field: string): z.ZodType | undefined {
  const fields: Record<string, z.ZodType> = ENTITY_FIELDS[entity];
  return Object.hasOwn(fields, field) ? fields[field] : undefined;
}

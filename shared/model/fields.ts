import { z } from 'zod';
import { EVIDENCE_MIME_TYPES, MAX_EVIDENCE_BYTES, SHA256_PATTERN } from './evidence.js';
import {
  checklistSchema,
  contactListSchema,
  jsonField,
  stageKeySchema,
  stageListSchema,
  stageTargetsSchema,
} from './json-fields.js';
import { ENTITY_NAMES, type EntityName } from './entity-names.js';
import { LINK_ROLES, TRANSITION_KINDS } from './kinds.js';
import { DEFAULT_PPAP_LEVEL } from './ppap.js';
import { DEFAULT_STAGES_JSON } from './templates.js';
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
  requiredDateSchema,
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
    /** JSON StageDef[]: the project's own stage list (templates.ts). */
    stages: jsonField(stageListSchema),
    /** PPAP submission level 1-5 for the checklist marks (ppap.ts). */
    ppapLevel: z.number().int().min(1).max(5),
  },
  party: {
    name: nameSchema,
    kind: partyKindSchema,
    country: countrySchema,
    notes: longTextSchema,
    /** JSON Contact[] (json-fields.ts). */
    contacts: jsonField(contactListSchema),
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
    role: z.enum(LINK_ROLES),
    /** Share of the need's supply this link carries, 0-100; null when not planned. */
    sharePct: z.number().finite().min(0).max(100).nullable(),
    leadTimeWeeks: z.number().finite().min(0).max(520).nullable(),
    /** Weeks to restore supply after a disruption; long ones are a risk flag. */
    recoveryTimeWeeks: z.number().finite().min(0).max(520).nullable(),
    notes: longTextSchema,
    /** 首批次應用: date of the first-batch application, or empty. */
    firstBatchDate: isoDateSchema,
    /** JSON { [stageKey]: 'YYYY-MM-DD' }: the planned date of each stage. */
    stageTargets: jsonField(stageTargetsSchema),
    /** JSON string[]: the PPAP elements this link has completed. */
    checklist: jsonField(checklistSchema),
    deleted: z.boolean(),
  },
  /**
   * A recorded stage move of a supply link; append-only (every field fixed, no tombstone).
   * `reported` is the supplier's claim, `approved` the maker's gate that moves `link.stage`.
   * Stages are named by key, so history survives renaming, reordering and template switches.
   */
  transition: {
    linkId: idSchema,
    kind: z.enum(TRANSITION_KINDS),
    /** Stage key before the move ('' for the first record of a link). */
    fromStage: z.union([z.literal(''), stageKeySchema]),
    toStage: stageKeySchema,
    date: requiredDateSchema,
    /** The party that recorded it: its author and owner. */
    byPartyId: idSchema,
    comment: longTextSchema,
    /** The test platform (試驗檢測平台) that did the verification, or ''. */
    testPlatformPartyId: z.union([z.literal(''), idSchema]),
    /** For an approval of a supplier's claim: the reported transition it approves, or ''. */
    approvesId: z.union([z.literal(''), idSchema]),
  },
  /** A file attached to a transition; the bytes live in the `blobs` table under `sha256`. */
  evidence: {
    transitionId: idSchema,
    sha256: z.string().regex(SHA256_PATTERN, 'sha256 must be 64 lowercase hex digits'),
    fileName: z.string().trim().min(1).max(255),
    mime: z.enum(EVIDENCE_MIME_TYPES),
    size: z.number().int().min(1).max(MAX_EVIDENCE_BYTES),
    byPartyId: idSchema,
  },
} as const satisfies Record<EntityName, Record<string, z.ZodType>>;

type ScalarValue = string | number | boolean | null;

/**
 * Values of fields added after an entity kind was first released. Entities created before
 * carry no op for them, so they read as these values (identical on every replica) instead
 * of counting as half-created; `requiredFields` leaves them out.
 */
export const FIELD_DEFAULTS: {
  readonly [E in EntityName]?: Readonly<Record<string, ScalarValue>>;
} = {
  project: { stages: DEFAULT_STAGES_JSON, ppapLevel: DEFAULT_PPAP_LEVEL },
  party: { contacts: '[]' },
  link: {
    role: 'primary',
    sharePct: null,
    leadTimeWeeks: null,
    recoveryTimeWeeks: null,
    notes: '',
    firstBatchDate: '',
    stageTargets: '{}',
    checklist: '[]',
  },
};

export { ENTITY_NAMES, type EntityName };
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

/** Fields an entity must have when it is created (all but the tombstone and defaulted ones). */
export function requiredFields<E extends EntityName>(entity: E): FieldName<E>[] {
  const defaults = FIELD_DEFAULTS[entity] ?? {};
  return (Object.keys(ENTITY_FIELDS[entity]) as FieldName<E>[]).filter(
    (f) => f !== 'deleted' && !Object.hasOwn(defaults, f),
  );
}

export function fieldSchema(entity: EntityName, field: string): z.ZodType | undefined {
  const fields: Record<string, z.ZodType> = ENTITY_FIELDS[entity];
  return Object.hasOwn(fields, field) ? fields[field] : undefined;
}

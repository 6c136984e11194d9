import { z } from 'zod';
import { LINK_STATUSES, NEED_KINDS, PARTY_KINDS } from './kinds.js';
import { MAX_STAGE_COUNT, MIN_STAGE, STAGE_TEMPLATES } from './stages.js';

/** Ids are opaque strings made by the services; keep them short and printable. */
export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'id must be letters, digits, "_" or "-"');

export const countrySchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'country must be an ISO 3166-1 alpha-2 code');
export const nameSchema = z.string().trim().min(1, 'name must not be empty').max(200);
export const shortTextSchema = z.string().max(200);
export const longTextSchema = z.string().max(10_000);
/** A stage index; whether it exists in the project's stage list is checked by the services. */
export const stageSchema = z
  .number()
  .int()
  .min(MIN_STAGE)
  .max(MAX_STAGE_COUNT - 1);
export const isoDateSchema = z.union([
  z.literal(''),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD'),
]);
/** A calendar date that must be given (YYYY-MM-DD) and must exist (no 2026-02-30). */
export const requiredDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD')
  .refine(isRealDate, 'date does not exist in the calendar');
export const coordinateSchema = z.number().finite().min(-1e7).max(1e7);

export const needKindSchema = z.enum(NEED_KINDS);
export const partyKindSchema = z.enum(PARTY_KINDS);
export const linkStatusSchema = z.enum(LINK_STATUSES);
export const stageTemplateSchema = z.enum(STAGE_TEMPLATES);

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

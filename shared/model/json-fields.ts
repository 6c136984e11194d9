import { z } from 'zod';
import { PPAP_ELEMENTS } from './ppap.js';
import { MAX_STAGE_COUNT } from './stages.js';
import { DEFAULT_STAGES_JSON, findTemplateStage, type StageDef } from './templates.js';

/**
 * Fields that hold a small structure travel through the op log as one JSON string (ops carry
 * scalars only) and are validated here, on every write and every import. Each is one register:
 * concurrent edits of a whole list conflict as a whole, which suits lists this short.
 */

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const stageKeySchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, 'stage key must be lowercase letters, digits or "_"');

export const stageDefSchema = z
  .object({
    key: stageKeySchema,
    name: z.string().trim().max(80),
    batch: z.boolean().optional(),
  })
  .strict();

/** A project's stage list: 2-30 stages, unique keys, named unless a template names them. */
export const stageListSchema = z
  .array(stageDefSchema)
  .min(2, 'a stage list needs at least two stages')
  .max(MAX_STAGE_COUNT)
  .superRefine((stages, ctx) => {
    const keys = new Set<string>();
    for (const stage of stages) {
      if (keys.has(stage.key))
        ctx.addIssue({ code: 'custom', message: `duplicate stage key ${stage.key}` });
      keys.add(stage.key);
      if (stage.name === '' && !findTemplateStage(stage.key)) {
        ctx.addIssue({ code: 'custom', message: `stage ${stage.key} needs a name` });
      }
    }
    if (stages.filter((stage) => stage.batch === true).length !== 1) {
      ctx.addIssue({ code: 'custom', message: 'exactly one stage must start batch supply' });
    }
  });

export const contactSchema = z
  .object({
    name: z.string().trim().max(120),
    role: z.string().trim().max(120),
    email: z.string().trim().max(200),
    phone: z.string().trim().max(60),
  })
  .strict();
export type Contact = z.infer<typeof contactSchema>;
export const contactListSchema = z.array(contactSchema).max(20);

/** Per-stage target dates of a supply link, keyed by stage key. */
export const stageTargetsSchema = z.record(stageKeySchema, z.string().regex(DATE));

const PPAP_KEYS = PPAP_ELEMENTS.map((element) => element.key) as [string, ...string[]];
/** PPAP elements a supply link has completed. */
export const checklistSchema = z.array(z.enum(PPAP_KEYS)).max(PPAP_KEYS.length);

/** A string field holding JSON that must match `schema`. */
export function jsonField<T>(schema: z.ZodType<T>, maxLength = 20_000): z.ZodType<string> {
  return z
    .string()
    .max(maxLength)
    .superRefine((text, ctx) => {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        ctx.addIssue({ code: 'custom', message: 'not valid JSON' });
        return;
      }
      const parsed = schema.safeParse(value);
      if (!parsed.success) {
        for (const issue of parsed.error.issues)
          ctx.addIssue({ code: 'custom', message: issue.message });
      }
    });
}

function parseOr<T>(schema: z.ZodType<T>, text: string, fallback: T): T {
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

/** A project's stages; the default template's if the stored text is somehow unusable. */
export function parseStages(text: string): StageDef[] {
  return parseOr(stageListSchema, text, parseOr(stageListSchema, DEFAULT_STAGES_JSON, []));
}

export function parseContacts(text: string): Contact[] {
  return parseOr(contactListSchema, text, []);
}

export function parseStageTargets(text: string): Record<string, string> {
  return parseOr(stageTargetsSchema, text, {});
}

export function parseChecklist(text: string): string[] {
  return parseOr(checklistSchema, text, []);
}

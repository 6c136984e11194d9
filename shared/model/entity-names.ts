/** The kinds of record the op log knows, in the order of the field registry (fields.ts). */
export const ENTITY_NAMES = [
  'project',
  'party',
  'node',
  'edge',
  'link',
  'transition',
  'evidence',
] as const;

export type EntityName = (typeof ENTITY_NAMES)[number];

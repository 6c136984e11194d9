import type { MessageKey } from '../../../../shared/i18n/index.js';

/** A number field's text as a value: '' is "not planned" (null); undefined = not acceptable. */
export function parseOptionalNumber(text: string, max: number): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) && value >= 0 && value <= max ? value : undefined;
}

export function numberProblem(max: number) {
  return (draft: string): MessageKey | null =>
    parseOptionalNumber(draft, max) === undefined ? 'validation.number' : null;
}

export function numberText(value: number | null): string {
  return value === null ? '' : String(value);
}

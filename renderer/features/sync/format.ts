import type { ConflictCandidate, EntityCounts } from '../../../shared/ipc/contract.js';
import type { MessageKey } from '../../../shared/i18n/index.js';
import type { Locale } from '../../../shared/i18n/locales.js';
import { isMessageKey } from '../../../shared/i18n/translate.js';
import { ENTITY_NAMES, type EntityName } from '../../../shared/model/entity-names.js';
import type { Translate } from '../../i18n/use-t.js';

const DATE_LOCALES: Record<Locale, string> = {
  'zh-Hans': 'zh-CN',
  'zh-Hant': 'zh-TW',
  en: 'en-GB',
};

/** A moment as people read it: date and minutes in the user's language. */
export function formatTime(locale: Locale, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(DATE_LOCALES[locale], {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

/** A field's name in the user's language; the raw name for one the catalogs do not know. */
export function fieldLabel(t: Translate, field: string): string {
  const key = `sync.field.${field}`;
  return isMessageKey(key) ? t(key) : field;
}

const ENTITY_KEYS: Record<EntityName, MessageKey> = {
  project: 'sync.entity.project',
  party: 'sync.entity.party',
  node: 'sync.entity.node',
  edge: 'sync.entity.edge',
  link: 'sync.entity.link',
  transition: 'sync.entity.transition',
  evidence: 'sync.entity.evidence',
};

export function entityLabel(t: Translate, entity: EntityName): string {
  return t(ENTITY_KEYS[entity]);
}

/** A candidate value as shown: empty text and booleans in words, JSON lists shortened. */
export function formatValue(t: Translate, value: ConflictCandidate['value']): string {
  if (value === null || value === '') return t('sync.value.empty');
  if (typeof value === 'boolean') return t(value ? 'sync.value.true' : 'sync.value.false');
  const text = String(value);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

/** Entity counts in a stable order, project first, zeros left out. */
export function countRows(counts: EntityCounts): { entity: EntityName; count: number }[] {
  return ENTITY_NAMES.flatMap((entity) => {
    const count = counts[entity] ?? 0;
    return count > 0 ? [{ entity, count }] : [];
  });
}

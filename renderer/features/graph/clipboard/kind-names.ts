import { CATALOGS } from '../../../../shared/i18n/translate.js';
import { LOCALES } from '../../../../shared/i18n/locales.js';
import { NEED_KINDS, type NeedKind } from '../../../../shared/model/kinds.js';

/** Words engineers use in their sheets besides the catalogs' own kind names. */
const SYNONYMS: Readonly<Record<string, NeedKind>> = {
  系统: 'system',
  系統: 'system',
  整机: 'system',
  整機: 'system',
  分系统: 'subsystem',
  分系統: 'subsystem',
  部件: 'component',
  零件: 'component',
  元器件: 'component',
  零部件: 'component',
  材料: 'material',
  工艺: 'process',
  工藝: 'process',
  技术基础: 'tech_foundation',
  技術基礎: 'tech_foundation',
  产业技术基础: 'tech_foundation',
  產業技術基礎: 'tech_foundation',
  'tech foundation': 'tech_foundation',
};

const normalize = (text: string): string =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');

const KIND_BY_NAME: ReadonlyMap<string, NeedKind> = (() => {
  const map = new Map<string, NeedKind>();
  for (const [word, kind] of Object.entries(SYNONYMS)) map.set(normalize(word), kind);
  for (const kind of NEED_KINDS) {
    map.set(normalize(kind), kind);
    for (const locale of LOCALES) map.set(normalize(CATALOGS[locale][`kind.${kind}`]), kind);
  }
  return map;
})();

/** The need kind a sheet cell names, in any of the app's languages; null when unknown. */
export function kindFromName(cell: string): NeedKind | null {
  return KIND_BY_NAME.get(normalize(cell)) ?? null;
}

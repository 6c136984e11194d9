import { describe, expect, it } from 'vitest';
import { en } from '../../shared/i18n/catalogs/en.js';
import { LOCALES } from '../../shared/i18n/locales.js';
import { CATALOGS } from '../../shared/i18n/translate.js';
import { ERROR_CODES } from '../../shared/ipc/errors.js';
import {
  LINK_STATUSES,
  NEED_KINDS,
  ONE_DRAGON_STAGES,
  PARTY_KINDS,
} from '../../shared/model/index.js';

const englishKeys = Object.keys(en).sort();
const placeholders = (text: string) => [...text.matchAll(/\{[^}]+\}/g)].map((m) => m[0]).sort();

/** Keys Electron main builds its menu and dialogs from. */
const MENU_KEYS = [
  'menu.file',
  'menu.new',
  'menu.open',
  'menu.openRecent',
  'menu.openSample',
  'menu.reveal',
  'menu.quit',
  'menu.language',
  'menu.view',
  'menu.fitView',
  'menu.toggleInspector',
  'menu.ourCompany',
];

describe.each(LOCALES)('the %s catalog', (locale) => {
  const catalog: Record<string, string> = CATALOGS[locale];

  it('has exactly the English keys', () => {
    expect(Object.keys(catalog).sort()).toEqual(englishKeys);
  });

  it('has no empty message', () => {
    expect(Object.entries(catalog).filter(([, text]) => text.trim() === '')).toEqual([]);
  });

  it('has a message for every error code', () => {
    const missing = ERROR_CODES.filter((code) => !catalog[`error.${code}`]);
    expect(missing).toEqual([]);
  });

  it('names every need kind, party kind, one-dragon stage and link status', () => {
    const keys = [
      ...NEED_KINDS.map((kind) => `kind.${kind}`),
      ...PARTY_KINDS.map((kind) => `partyKind.${kind}`),
      ...ONE_DRAGON_STAGES.map((stage) => `stage.oneDragon.${stage}`),
      ...LINK_STATUSES.map((status) => `linkStatus.${status}`),
    ];
    expect(keys.filter((key) => !catalog[key])).toEqual([]);
  });

  it('has the menu labels main needs', () => {
    expect(MENU_KEYS.filter((key) => !catalog[key])).toEqual([]);
  });

  it('uses the same placeholders as English in every message', () => {
    const differing = Object.entries(en).filter(
      ([key, text]) => placeholders(catalog[key] ?? '').join() !== placeholders(text).join(),
    );
    expect(differing.map(([key]) => key)).toEqual([]);
  });
});

describe('one-dragon stage names', () => {
  const names = (locale: 'zh-Hans' | 'zh-Hant') =>
    ONE_DRAGON_STAGES.map((stage) => CATALOGS[locale][`stage.oneDragon.${stage}`]);

  it('are the official Traditional Chinese names of PRODUCT.md in zh-Hant', () => {
    expect(names('zh-Hant')).toEqual([
      '需求提出',
      '關鍵技術研發',
      '產品設計',
      '樣品試製',
      '試驗驗證',
      '小批量試用',
      '批量生產',
      '示範推廣',
    ]);
  });

  it('are the same names in Simplified characters in zh-Hans', () => {
    expect(names('zh-Hans')).toEqual([
      '需求提出',
      '关键技术研发',
      '产品设计',
      '样品试制',
      '试验验证',
      '小批量试用',
      '批量生产',
      '示范推广',
    ]);
  });
});

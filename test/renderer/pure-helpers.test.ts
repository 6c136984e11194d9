import { describe, expect, it } from 'vitest';
import { overviewStats } from '../../renderer/features/overview/overview-stats.js';
import { parseQuantity } from '../../renderer/features/inspector/quantity.js';
import { localeFromLanguages } from '../../renderer/i18n/browser-locale.js';
import { applySelection } from '../../renderer/store/ui-slice.js';
import { shallowEqual } from '../../renderer/store/reconcile.js';
import { snapshot } from './fixtures.js';

describe('the quantity field', () => {
  it('reads empty as no quantity and accepts positive numbers', () => {
    expect(parseQuantity('  ')).toBeNull();
    expect(parseQuantity('2.5')).toBe(2.5);
  });

  it('refuses zero, negatives, words and numbers past the contract limit', () => {
    for (const draft of ['0', '-1', 'abc', '1e10', 'Infinity']) {
      expect(parseQuantity(draft)).toBeUndefined();
    }
  });
});

describe('the language for the screen shown outside Longmai', () => {
  it("follows the browser's languages", () => {
    expect(localeFromLanguages(['zh-TW', 'en'])).toBe('zh-Hant');
    expect(localeFromLanguages(['zh-Hant-HK'])).toBe('zh-Hant');
    expect(localeFromLanguages(['zh-CN'])).toBe('zh-Hans');
    expect(localeFromLanguages(['fr-FR', 'en-GB'])).toBe('en');
  });

  it('falls back to the default locale', () => {
    expect(localeFromLanguages(['fr-FR'])).toBe('zh-Hans');
  });
});

describe('selection changes from React Flow', () => {
  it('add and remove ids, and give the same list back when nothing changed', () => {
    const current = ['a'];
    expect(applySelection(current, [{ id: 'a', selected: true }])).toBe(current);
    expect(
      applySelection(current, [
        { id: 'a', selected: false },
        { id: 'b', selected: true },
      ]),
    ).toEqual(['b']);
  });
});

describe('shallow equality of entities', () => {
  it('compares own fields by value', () => {
    expect(shallowEqual({ a: 1, b: 'x' }, { b: 'x', a: 1 })).toBe(true);
    expect(shallowEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(shallowEqual({ a: 1 }, { a: 2 })).toBe(false);
  });
});

describe('the project overview', () => {
  it('counts need nodes by kind, links by stage and nodes by supply origin', () => {
    const data = snapshot();
    const stats = overviewStats({
      nodes: Object.fromEntries(data.nodes.map((each) => [each.id, each])),
      edgeIds: data.edges.map((each) => each.id),
      parties: Object.fromEntries(data.parties.map((each) => [each.id, each])),
      links: Object.fromEntries(data.links.map((each) => [each.id, each])),
      homeCountry: 'CN',
    });
    expect(stats).toMatchObject({ nodes: 3, edges: 2, parties: 3, links: 3, keyItems: 0 });
    expect(stats.byKind).toMatchObject({ subsystem: 1, component: 1, material: 1, system: 0 });
    expect(stats.byStage).toEqual([0, 0, 1, 0, 1, 0, 1, 0]);
    expect(stats.byOrigin).toEqual({ domestic: 1, import: 1, none: 1 });
    expect(stats.partiesByKind).toMatchObject({ maker: 1, component_supplier: 2 });
  });
});

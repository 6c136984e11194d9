import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../renderer/features/search/search-index.js';
import { matchesShortcut, parseShortcut } from '../../renderer/features/palette/shortcut.js';

const doc = (id: string, name: string, code = '', spec = '') => ({
  id,
  name,
  code,
  spec,
  notes: '',
});

describe('searching need nodes', () => {
  const index = new SearchIndex();
  index.upsert([
    doc('a', '轴承座'),
    doc('b', '軸承座'),
    doc('c', '主轴电机', 'M-7'),
    doc('d', 'Gear', '', '模数 2'),
  ]);

  it('finds simplified and traditional names by pinyin initials and by full pinyin', () => {
    expect(index.query('zcz').sort()).toEqual(['a', 'b']);
    expect(index.query('zhoucheng').sort()).toEqual(['a', 'b']);
  });

  it('finds by code and spec, name matches first', () => {
    expect(index.query('m-7')).toEqual(['c']);
    expect(index.query('模数')).toEqual(['d']);
  });

  it('forgets removed need nodes', () => {
    index.remove(['a']);
    expect(index.query('zcz')).toEqual(['b']);
  });
});

describe('keyboard shortcuts', () => {
  const key = (
    k: string,
    mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {},
  ) => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    ...mods,
  });

  it('match mod as Ctrl off macOS and ⌘ on it, Shift exactly for letters', () => {
    expect(matchesShortcut(key('z', { ctrlKey: true }), parseShortcut('mod+z'), false)).toBe(true);
    expect(matchesShortcut(key('z', { metaKey: true }), parseShortcut('mod+z'), true)).toBe(true);
    expect(
      matchesShortcut(key('Z', { ctrlKey: true, shiftKey: true }), parseShortcut('mod+z'), false),
    ).toBe(false);
    expect(matchesShortcut(key('?', { shiftKey: true }), parseShortcut('?'), false)).toBe(true);
  });
});

import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { fold, pinyinForms } from '../../renderer/features/search/pinyin-forms.js';

/** The forms read from the whole name at once, as they were before runs were cached. */
function wholeNameForms(name: string) {
  if (!/\p{Script=Han}/u.test(name)) return { full: '', initials: '' };
  const syllables = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive' });
  return {
    full: fold(syllables.join('')),
    initials: fold(syllables.map((syllable) => syllable.slice(0, 1)).join('')),
  };
}

const WORDS = ['轴承', '主轴', '重庆', '银行', '行长', '还是', '音乐', '軸承座', '𠀀', '〇', '绿'];
const BETWEEN = ['', ' ', '6205', '-', '（', ' M8 ', '，', 'ü'];

describe('pinyin forms of need node names', () => {
  it('reads 轴承6205 as zhoucheng6205 and its initials', () => {
    expect(pinyinForms('轴承6205')).toEqual({ full: 'zhoucheng6205', initials: 'zc6' });
    expect(pinyinForms('Gear')).toEqual({ full: '', initials: '' });
  });

  it('are the same read a run of Han characters at a time as read from the whole name', () => {
    for (const first of WORDS) {
      for (const between of BETWEEN) {
        for (const second of WORDS) {
          const name = `${first}${between}${second} 12`;
          expect(pinyinForms(name), name).toEqual(wholeNameForms(name));
          // Asked again, the runs come from the cache.
          expect(pinyinForms(name), name).toEqual(wholeNameForms(name));
        }
      }
    }
  });
});

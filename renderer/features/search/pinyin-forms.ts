import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;
const OPTIONS = { toneType: 'none', type: 'array', nonZh: 'consecutive' } as const;

/**
 * Each run of Han characters' syllables, as pinyin-pro reads the run. Names repeat their
 * runs (轴承, 主轴, 滚珠丝杠) across thousands of need nodes, and pinyin-pro's reading of a
 * run costs far more than a look-up.
 */
const runSyllables = new Map<string, readonly string[] | null>();

/** A run's syllables; null when pinyin-pro leaves one of its characters as it is. */
function syllablesOfRun(run: string): readonly string[] | null {
  let syllables = runSyllables.get(run);
  if (syllables === undefined) {
    const read = pinyin(run, OPTIONS);
    // Left as is, such a character would join the text beside it in a reading of the whole name.
    syllables = read.some((syllable) => HAN.test(syllable)) ? null : read;
    runSyllables.set(run, syllables);
  }
  return syllables;
}

/**
 * pinyin-pro's syllables of a name, the text between Han characters kept whole, read a run
 * of Han characters at a time (a run reads the same inside the name as alone).
 */
function syllablesOf(name: string): readonly string[] {
  const syllables: string[] = [];
  let end = 0;
  for (const match of name.matchAll(HAN_RUN)) {
    const run = syllablesOfRun(match[0]);
    if (!run) return pinyin(name, OPTIONS);
    if (match.index > end) syllables.push(name.slice(end, match.index));
    syllables.push(...run);
    end = match.index + match[0].length;
  }
  if (end < name.length) syllables.push(name.slice(end));
  return syllables;
}

/** Lower case without whitespace, as names and queries are compared. */
export const fold = (text: string): string => text.toLowerCase().replace(/\s+/g, '');

/**
 * Full pinyin (轴承 → zhoucheng) and pinyin initials (轴承 → zc) of a name, without tones or
 * spaces; Latin letters and digits pass through so 轴承6205 is zhoucheng6205 and zc6…
 */
export function pinyinForms(name: string): { full: string; initials: string } {
  if (!HAN.test(name)) return { full: '', initials: '' };
  const syllables = syllablesOf(name);
  return {
    full: fold(syllables.join('')),
    initials: fold(syllables.map((syllable) => syllable.slice(0, 1)).join('')),
  };
}

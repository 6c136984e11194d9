/**
 * How well a palette entry matches what was typed: every typed character in order, scored so
 * word starts and runs rank higher. Null when it does not match at all.
 */
export function fuzzyScore(label: string, query: string): number | null {
  const text = label.toLowerCase();
  const wanted = query.toLowerCase().replace(/\s+/g, '');
  if (wanted === '') return 0;
  let score = 0;
  let from = 0;
  let previous = -2;
  for (const char of wanted) {
    const at = text.indexOf(char, from);
    if (at < 0) return null;
    const wordStart = at === 0 || /[\s\-–—/·]/.test(text[at - 1] ?? '');
    score += (at === previous + 1 ? 3 : 1) + (wordStart ? 2 : 0);
    previous = at;
    from = at + 1;
  }
  return score - text.length / 100;
}

import { fold, pinyinForms } from './pinyin-forms.js';

/** The searchable text of one need node. */
export interface SearchDoc {
  id: string;
  name: string;
  code: string;
  spec: string;
  notes: string;
}

interface Entry {
  id: string;
  name: string;
  code: string;
  /** Full pinyin of the name without tones or spaces (轴承 → zhoucheng). */
  fullPinyin: string;
  /** Pinyin initials of the name (轴承 → zc). */
  initials: string;
  rest: string;
}

function entryOf(doc: SearchDoc): Entry {
  const { full, initials } = pinyinForms(doc.name);
  return {
    id: doc.id,
    name: fold(doc.name),
    code: fold(doc.code),
    fullPinyin: full,
    initials,
    rest: fold(`${doc.spec} ${doc.notes}`),
  };
}

/** Lower is better: where in the record the query was found. */
function rank(entry: Entry, query: string): number | null {
  if (entry.name.startsWith(query)) return 0;
  if (entry.name.includes(query)) return 1;
  if (entry.code.startsWith(query)) return 2;
  if (entry.initials.startsWith(query) || entry.fullPinyin.startsWith(query)) return 3;
  if (entry.code.includes(query)) return 4;
  if (entry.initials.includes(query) || entry.fullPinyin.includes(query)) return 5;
  if (entry.rest.includes(query)) return 6;
  return null;
}

/**
 * Search over need nodes by name, code, spec and notes, and over Chinese names by their pinyin
 * and pinyin initials (`zcz` or `zhoucheng` finds 轴承座 and 軸承座). Built incrementally: upsert
 * what changed, remove what went. Runs in a worker for big graphs (pinyin costs time).
 */
export class SearchIndex {
  private readonly entries = new Map<string, Entry>();

  upsert(docs: readonly SearchDoc[]): void {
    for (const doc of docs) this.entries.set(doc.id, entryOf(doc));
  }

  remove(ids: readonly string[]): void {
    for (const id of ids) this.entries.delete(id);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Matching ids, best first (then by name), at most `limit`. */
  query(text: string, limit = 50_000): string[] {
    const query = fold(text);
    if (query === '') return [];
    const found: { id: string; rank: number; name: string }[] = [];
    for (const entry of this.entries.values()) {
      const r = rank(entry, query);
      if (r !== null) found.push({ id: entry.id, rank: r, name: entry.name });
    }
    found.sort((a, b) => a.rank - b.rank || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return found.slice(0, limit).map((each) => each.id);
  }
}

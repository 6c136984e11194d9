import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BackgroundDeflate } from '../../electron/services/sync/zip/background-deflate.js';
import { prepareEntry, type PreparedEntry } from '../../electron/services/sync/zip/writer.js';

/** Text that compresses like change sets do: repeated keys around random ids. */
function content(bytes: number): Buffer {
  const ids = randomBytes(bytes / 4).toString('base64url');
  const out = Buffer.alloc(bytes);
  for (let at = 0, i = 0; at < bytes; i += 22) {
    at += out.write(`{"opId":"${ids.slice(i % ids.length, (i % ids.length) + 22)}"}\n`, at);
  }
  return out;
}

/** An entry with its stored bytes as their digest: comparing megabytes byte by byte is slow. */
const summary = (entry: PreparedEntry) => ({
  ...entry,
  stored: createHash('sha256').update(entry.stored).digest('hex'),
});

function submit(deflate: BackgroundDeflate, name: string, bytes: Buffer): void {
  deflate.reserve(bytes.length, 0).set(bytes);
  deflate.submit(name, bytes.length);
}

describe('entries compressed on the worker thread', () => {
  it('come back in order, the same as compressed here, small ones among them', () => {
    const contents = [content(3 << 19), content(1 << 20), content(5 << 18), content(3 << 19)];
    contents.push(Buffer.from('{"opId":"last"}\n'));
    const deflate = new BackgroundDeflate();
    contents.forEach((bytes, i) => submit(deflate, `changes/${String(i)}.jsonl`, bytes));
    expect(deflate.finish().map(summary)).toEqual(
      contents.map((bytes, i) => summary(prepareEntry(`changes/${String(i)}.jsonl`, bytes, true))),
    );
  });

  it('are not mixed up with those of an export abandoned halfway', () => {
    const abandoned = new BackgroundDeflate();
    submit(abandoned, 'changes/000001.jsonl', content(1 << 20));
    const bytes = content(1 << 20);
    const deflate = new BackgroundDeflate();
    submit(deflate, 'changes/000001.jsonl', bytes);
    expect(deflate.finish().map(summary)).toEqual([
      summary(prepareEntry('changes/000001.jsonl', bytes, true)),
    ]);
  });
});

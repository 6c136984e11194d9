import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../electron/services/sync/zip/format.js';
import { inflateEntry, readZip } from '../../electron/services/sync/zip/reader.js';
import { prepareEntry, writeZip } from '../../electron/services/sync/zip/writer.js';
import { errorOf } from '../services/helpers.js';

const text = (s: string) => Buffer.from(s, 'utf8');

describe('the packet zip reader', () => {
  it('reads back what the writer wrote, stored and deflated', () => {
    const zip = writeZip([
      prepareEntry('manifest.json', text('{"a":1}'), false),
      prepareEntry('changes/000001.jsonl', text('x\n'.repeat(1000)), true),
    ]);
    const entries = readZip(zip, DEFAULT_LIMITS);
    expect(entries.map((e) => e.name)).toEqual(['manifest.json', 'changes/000001.jsonl']);
    expect(entries.map((e) => inflateEntry(e).toString())).toEqual(['{"a":1}', 'x\n'.repeat(1000)]);
  });

  it.each([
    ['../escape', 'a relative path step'],
    ['/etc/passwd', 'an absolute path'],
    ['C:/boot.ini', 'an absolute path'],
    ['blobs\\x', 'a backslash'],
    ['a\0b', 'a NUL byte'],
  ])('refuses the entry name %j', (name, why) => {
    const zip = writeZip([prepareEntry(name, text('x'), false)]);
    const error = errorOf(() => readZip(zip, DEFAULT_LIMITS));
    expect(error.code).toBe('E_BAD_ENTRY');
    expect(error.message).toContain(why);
  });

  it('refuses a name that appears twice', () => {
    const zip = writeZip([
      prepareEntry('a', text('1'), false),
      prepareEntry('a', text('2'), false),
    ]);
    expect(errorOf(() => readZip(zip, DEFAULT_LIMITS)).code).toBe('E_BAD_ENTRY');
  });

  it('caps the number of entries before reading them', () => {
    const zip = writeZip(['a', 'b', 'c'].map((n) => prepareEntry(n, text(n), false)));
    expect(errorOf(() => readZip(zip, { ...DEFAULT_LIMITS, maxEntries: 2 })).code).toBe(
      'E_TOO_LARGE',
    );
  });

  it('caps listed sizes, per entry and in total', () => {
    const zip = writeZip([
      prepareEntry('a', Buffer.alloc(600), true),
      prepareEntry('b', Buffer.alloc(600), true),
    ]);
    expect(errorOf(() => readZip(zip, { ...DEFAULT_LIMITS, maxEntryBytes: 500 })).code).toBe(
      'E_TOO_LARGE',
    );
    expect(errorOf(() => readZip(zip, { ...DEFAULT_LIMITS, maxTotalBytes: 1000 })).code).toBe(
      'E_TOO_LARGE',
    );
  });

  it('stops a zip bomb at the size its header claims, counting real inflated bytes', () => {
    const entry = prepareEntry('bomb', Buffer.alloc(10), true);
    const bomb = deflateRawSync(Buffer.alloc(50 * 1024 * 1024));
    const zip = writeZip([{ ...entry, stored: bomb }]);
    const [listed] = readZip(zip, DEFAULT_LIMITS);
    expect(listed && errorOf(() => inflateEntry(listed)).code).toBe('E_TOO_LARGE');
  });

  it('notices a cut-off file and stray bytes', () => {
    const zip = writeZip([prepareEntry('a', text('hello'), false)]);
    expect(errorOf(() => readZip(zip.subarray(0, zip.length - 3), DEFAULT_LIMITS)).code).toBe(
      'E_TRUNCATED',
    );
    expect(errorOf(() => readZip(Buffer.concat([zip, text('x')]), DEFAULT_LIMITS)).code).toBe(
      'E_TRUNCATED',
    );
    expect(errorOf(() => readZip(Buffer.concat([text('x'), zip]), DEFAULT_LIMITS)).code).toBe(
      'E_BAD_ENTRY',
    );
  });
});

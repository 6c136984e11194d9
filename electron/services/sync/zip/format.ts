/**
 * The one zip layout Longmai writes, and the only one it reads: no extra fields, no comments,
 * no zip64, a fixed timestamp, entries back to back and the central directory right after.
 * Fixing every header field means any changed byte of a packet is detected, not ignored.
 */
export const LOCAL_SIGNATURE = 0x04034b50;
export const CENTRAL_SIGNATURE = 0x02014b50;
export const END_SIGNATURE = 0x06054b50;
export const LOCAL_HEADER_SIZE = 30;
export const CENTRAL_HEADER_SIZE = 46;
export const END_SIZE = 22;
export const VERSION = 20;
/** Bit 11: names are UTF-8. */
export const FLAGS = 0x0800;
export const METHOD_STORED = 0;
export const METHOD_DEFLATE = 8;
/** 00:00:00 on 1980-01-01, the earliest DOS time: packets carry their time in the manifest. */
export const DOS_TIME = 0;
export const DOS_DATE = (1 << 5) | 1;

export interface ZipLimits {
  /** Largest packet file read at all. */
  maxPacketBytes: number;
  maxEntries: number;
  /** Largest content of one entry, stored or inflated. */
  maxEntryBytes: number;
  /** Largest content of all entries together, counted while inflating. */
  maxTotalBytes: number;
}

export const DEFAULT_LIMITS: ZipLimits = {
  maxPacketBytes: 512 * 1024 * 1024,
  maxEntries: 20_000,
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
};

/** Names that could mean a path anywhere: refused before anything else is read. */
export function unsafeName(name: string): string | null {
  if (name.length === 0) return 'an empty name';
  if (name.includes('\0')) return 'a NUL byte';
  if (name.includes('\\')) return 'a backslash';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'an absolute path';
  if (name.split('/').some((part) => part === '..' || part === '.' || part === '')) {
    return 'a relative path step';
  }
  return null;
}

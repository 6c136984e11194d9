import { createHash } from 'node:crypto';
import { constants, crc32, deflateRawSync, type ZlibOptions } from 'node:zlib';
import {
  CENTRAL_HEADER_SIZE,
  CENTRAL_SIGNATURE,
  DOS_DATE,
  DOS_TIME,
  END_SIGNATURE,
  END_SIZE,
  FLAGS,
  LOCAL_HEADER_SIZE,
  LOCAL_SIGNATURE,
  METHOD_DEFLATE,
  METHOD_STORED,
  VERSION,
} from './format.js';

/** One entry, compressed (or not) and ready to be listed in a manifest before it is written. */
export interface PreparedEntry {
  name: string;
  /** Bytes of the content and their SHA-256. */
  size: number;
  sha256: string;
  stored: Buffer;
  method: number;
  crc: number;
}

/** How entries are deflated, here or on the worker thread. */
export function deflateOptions(length: number): ZlibOptions {
  // Output chunks near the compressed size: fewer of them to copy together at the end.
  return { level: 1, chunkSize: Math.max(constants.Z_DEFAULT_CHUNK, length >> 3) };
}

/** A compressed entry keeps nothing of `content`, so its caller may reuse that memory. */
export function prepareEntry(name: string, content: Buffer, compress: boolean): PreparedEntry {
  const stored = compress ? deflateRawSync(content, deflateOptions(content.length)) : content;
  return {
    name,
    size: content.length,
    sha256: createHash('sha256').update(content).digest('hex'),
    stored,
    method: compress ? METHOD_DEFLATE : METHOD_STORED,
    crc: crc32(content),
  };
}

function header(entry: PreparedEntry, name: Buffer, central: boolean, offset: number): Buffer {
  const size = central ? CENTRAL_HEADER_SIZE : LOCAL_HEADER_SIZE;
  const out = Buffer.alloc(size);
  let at = 0;
  const u16 = (value: number): void => {
    at = out.writeUInt16LE(value, at);
  };
  const u32 = (value: number): void => {
    at = out.writeUInt32LE(value >>> 0, at);
  };
  u32(central ? CENTRAL_SIGNATURE : LOCAL_SIGNATURE);
  if (central) u16(VERSION);
  u16(VERSION);
  u16(FLAGS);
  u16(entry.method);
  u16(DOS_TIME);
  u16(DOS_DATE);
  u32(entry.crc);
  u32(entry.stored.length);
  u32(entry.size);
  u16(name.length);
  u16(0);
  if (central) {
    u16(0);
    u16(0);
    u16(0);
    u32(0);
    u32(offset);
  }
  return out;
}

/** Lay the entries out back to back, then the central directory, then its end record. */
export function writeZip(entries: readonly PreparedEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = header(entry, name, false, 0);
    parts.push(local, name, entry.stored);
    central.push(header(entry, name, true, offset), name);
    offset += local.length + name.length + entry.stored.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(END_SIZE);
  end.writeUInt32LE(END_SIGNATURE, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

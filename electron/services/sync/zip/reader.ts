import { constants, crc32, inflateRawSync } from 'node:zlib';
import { LongmaiError } from '../../../../shared/ipc/errors.js';
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
  unsafeName,
  type ZipLimits,
} from './format.js';

/** An entry as listed, with its stored bytes; content is only produced by `inflateEntry`. */
export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  size: number;
  stored: Buffer;
}

const truncated = (detail: string): LongmaiError =>
  new LongmaiError('E_TRUNCATED', `the packet is cut short: ${detail}`, { detail });
const badEntry = (detail: string): LongmaiError =>
  new LongmaiError('E_BAD_ENTRY', `the packet has a bad entry: ${detail}`, { detail });
const tooLarge = (detail: string): LongmaiError =>
  new LongmaiError('E_TOO_LARGE', `the packet is too large: ${detail}`, { detail });

interface CentralRecord {
  name: string;
  method: number;
  crc: number;
  storedSize: number;
  size: number;
  offset: number;
  length: number;
}

const NAME_DECODER = new TextDecoder('utf-8', { fatal: true });

function decodeName(bytes: Buffer): string {
  try {
    return NAME_DECODER.decode(bytes);
  } catch {
    throw badEntry('an entry name that is not UTF-8');
  }
}

function readCentral(bytes: Buffer, at: number, end: number): CentralRecord {
  if (at + CENTRAL_HEADER_SIZE > end) throw truncated('the directory ends early');
  const u16 = (off: number): number => bytes.readUInt16LE(at + off);
  const u32 = (off: number): number => bytes.readUInt32LE(at + off);
  if (u32(0) !== CENTRAL_SIGNATURE) throw badEntry('a damaged directory record');
  const method = u16(10);
  const fixed =
    u16(4) === VERSION &&
    u16(6) === VERSION &&
    u16(8) === FLAGS &&
    (method === METHOD_STORED || method === METHOD_DEFLATE) &&
    u16(12) === DOS_TIME &&
    u16(14) === DOS_DATE &&
    u16(30) === 0 &&
    u16(32) === 0 &&
    u16(34) === 0 &&
    u16(36) === 0 &&
    u32(38) === 0;
  if (!fixed) throw badEntry('a directory record Longmai does not write');
  const nameLength = u16(28);
  if (at + CENTRAL_HEADER_SIZE + nameLength > end) throw truncated('the directory ends early');
  const name = decodeName(bytes.subarray(at + 46, at + 46 + nameLength));
  return {
    name,
    method,
    crc: u32(16),
    storedSize: u32(20),
    size: u32(24),
    offset: u32(42),
    length: CENTRAL_HEADER_SIZE + nameLength,
  };
}

function checkLocal(bytes: Buffer, record: CentralRecord, limit: number): Buffer {
  const at = record.offset;
  if (at + LOCAL_HEADER_SIZE > limit) throw truncated(`${record.name} ends early`);
  const u16 = (off: number): number => bytes.readUInt16LE(at + off);
  const u32 = (off: number): number => bytes.readUInt32LE(at + off);
  const nameBytes = Buffer.from(record.name, 'utf8');
  const same =
    u32(0) === LOCAL_SIGNATURE &&
    u16(4) === VERSION &&
    u16(6) === FLAGS &&
    u16(8) === record.method &&
    u16(10) === DOS_TIME &&
    u16(12) === DOS_DATE &&
    u32(14) === record.crc &&
    u32(18) === record.storedSize &&
    u32(22) === record.size &&
    u16(26) === nameBytes.length &&
    u16(28) === 0;
  if (!same) throw badEntry(`the headers of ${record.name} disagree`);
  const dataStart = at + LOCAL_HEADER_SIZE + nameBytes.length;
  if (dataStart + record.storedSize > limit) throw truncated(`${record.name} ends early`);
  if (!bytes.subarray(at + LOCAL_HEADER_SIZE, dataStart).equals(nameBytes)) {
    throw badEntry(`the headers of ${record.name} disagree`);
  }
  return bytes.subarray(dataStart, dataStart + record.storedSize);
}

/**
 * List a packet's entries without trusting anything in it: sizes and counts are capped before
 * use, names are checked, and every byte of the file belongs to exactly one structure.
 * Nothing is ever written to disk by name.
 */
export function readZip(bytes: Buffer, limits: ZipLimits): ZipEntry[] {
  if (bytes.length > limits.maxPacketBytes) throw tooLarge(`${String(bytes.length)} bytes`);
  if (bytes.length < END_SIZE) throw truncated('no end record');
  const endAt = bytes.length - END_SIZE;
  if (bytes.readUInt32LE(endAt) !== END_SIGNATURE) throw truncated('no end record');
  const count = bytes.readUInt16LE(endAt + 10);
  const dirSize = bytes.readUInt32LE(endAt + 12);
  const dirAt = bytes.readUInt32LE(endAt + 16);
  const endFixed =
    bytes.readUInt16LE(endAt + 4) === 0 &&
    bytes.readUInt16LE(endAt + 6) === 0 &&
    bytes.readUInt16LE(endAt + 8) === count &&
    bytes.readUInt16LE(endAt + 20) === 0;
  if (!endFixed) throw badEntry('an end record Longmai does not write');
  if (count > limits.maxEntries) throw tooLarge(`${String(count)} entries`);
  if (dirAt + dirSize > endAt) throw truncated('the directory runs past the end');
  if (dirAt + dirSize !== endAt) throw badEntry('bytes between the directory and its end');

  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let dirCursor = dirAt;
  let dataCursor = 0;
  let total = 0;
  for (let i = 0; i < count; i++) {
    const record = readCentral(bytes, dirCursor, endAt);
    dirCursor += record.length;
    const unsafe = unsafeName(record.name);
    if (unsafe) throw badEntry(`${JSON.stringify(record.name)} has ${unsafe}`);
    if (names.has(record.name)) throw badEntry(`${record.name} appears twice`);
    names.add(record.name);
    if (record.size > limits.maxEntryBytes || record.storedSize > limits.maxEntryBytes) {
      throw tooLarge(`${record.name} holds ${String(record.size)} bytes`);
    }
    total += record.size;
    if (total > limits.maxTotalBytes) throw tooLarge(`${String(total)} bytes in all`);
    if (record.method === METHOD_STORED && record.size !== record.storedSize) {
      throw badEntry(`${record.name} has two sizes`);
    }
    if (record.offset !== dataCursor) throw badEntry(`${record.name} is not where it is listed`);
    const stored = checkLocal(bytes, record, dirAt);
    dataCursor = record.offset + LOCAL_HEADER_SIZE + Buffer.byteLength(record.name) + stored.length;
    entries.push({
      name: record.name,
      method: record.method,
      crc: record.crc,
      size: record.size,
      stored,
    });
  }
  if (dirCursor !== endAt) throw badEntry('the directory holds more than it lists');
  if (dataCursor !== dirAt) throw badEntry('bytes between the entries and the directory');
  return entries;
}

/**
 * The entry's content, inflated with its listed size as a hard cap: a zip bomb stops at the
 * cap, whatever its headers claim. The CRC is checked too, so damage is caught even here.
 */
export function inflateEntry(entry: ZipEntry): Buffer {
  let content: Buffer;
  if (entry.method === METHOD_STORED) {
    content = entry.stored;
  } else {
    try {
      // One output chunk of the listed size: no copying chunks together at the end.
      content = inflateRawSync(entry.stored, {
        maxOutputLength: Math.max(1, entry.size),
        chunkSize: Math.max(constants.Z_MIN_CHUNK, entry.size),
      });
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
        throw tooLarge(`${entry.name} inflates past its listed ${String(entry.size)} bytes`);
      }
      throw new LongmaiError('E_HASH_MISMATCH', `${entry.name} is damaged: ${String(error)}`, {
        detail: entry.name,
      });
    }
  }
  if (content.length !== entry.size || crc32(content) !== entry.crc >>> 0) {
    throw new LongmaiError('E_HASH_MISMATCH', `${entry.name} is damaged`, { detail: entry.name });
  }
  return content;
}

/** One entry of a zip's central directory, as much as type sniffing needs. */
export interface ZipEntryName {
  name: string;
  /** Stored without compression, so its bytes can be read in place. */
  stored: boolean;
  dataStart: number;
  dataEnd: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_MIN = 22;
/** The end record sits in the last 22 bytes plus at most a 65535-byte comment. */
const EOCD_SEARCH = EOCD_MIN + 0xffff;
/** Enough entries to recognise any Office file; a longer directory is read only this far. */
const MAX_ENTRIES = 2000;

/** Bytes as Latin-1 text: exact for the ASCII names and types sniffing compares against. */
export function latin1(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

/**
 * The entry names of a zip archive, in central-directory order, read without decompressing
 * anything; null when the bytes are not a well-formed zip. Never trusts an offset without
 * checking it lies inside the buffer.
 */
export function zipEntries(bytes: Uint8Array): ZipEntryName[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number): number => view.getUint32(at, true);
  const u16 = (at: number): number => view.getUint16(at, true);
  let eocd = -1;
  for (let at = bytes.length - EOCD_MIN; at >= Math.max(0, bytes.length - EOCD_SEARCH); at--) {
    if (u32(at) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = Math.min(u16(eocd + 10), MAX_ENTRIES);
  let at = u32(eocd + 16);
  const entries: ZipEntryName[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(at) !== CENTRAL_SIGNATURE) return null;
    const method = u16(at + 10);
    const compressedSize = u32(at + 20);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const localOffset = u32(at + 42);
    if (at + 46 + nameLength > bytes.length) return null;
    const name = latin1(bytes.subarray(at + 46, at + 46 + nameLength));
    let dataStart = -1;
    if (localOffset + 30 <= bytes.length && u32(localOffset) === LOCAL_SIGNATURE) {
      dataStart = localOffset + 30 + u16(localOffset + 26) + u16(localOffset + 28);
    }
    const dataEnd = dataStart + compressedSize;
    const inside = dataStart >= 0 && dataEnd <= bytes.length;
    entries.push({
      name,
      stored: method === 0 && inside,
      dataStart: inside ? dataStart : 0,
      dataEnd: inside ? dataEnd : 0,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

import type { EvidenceMime } from './evidence.js';
import { latin1, zipEntries } from './zip-names.js';

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((byte, i) => bytes[offset + i] === byte);
}

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

const PDF = ascii('%PDF-');
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const GIF87 = ascii('GIF87a');
const GIF89 = ascii('GIF89a');
const RIFF = ascii('RIFF');
const WEBP = ascii('WEBP');
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const ODF_TYPES: ReadonlyMap<string, EvidenceMime> = new Map([
  ['application/vnd.oasis.opendocument.text', 'application/vnd.oasis.opendocument.text'],
  [
    'application/vnd.oasis.opendocument.spreadsheet',
    'application/vnd.oasis.opendocument.spreadsheet',
  ],
  [
    'application/vnd.oasis.opendocument.presentation',
    'application/vnd.oasis.opendocument.presentation',
  ],
]);

/** The part each Office Open XML kind must contain, beside `[Content_Types].xml`. */
const OOXML_PARTS: readonly [string, EvidenceMime][] = [
  ['word/document.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  ['xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  [
    'ppt/presentation.xml',
    'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  ],
];

function sniffZip(bytes: Uint8Array): EvidenceMime | null {
  const entries = zipEntries(bytes);
  if (!entries) return null;
  // OpenDocument: the first entry is an uncompressed `mimetype` holding the type.
  const first = entries[0];
  if (first?.name === 'mimetype' && first.stored && first.dataEnd - first.dataStart <= 100) {
    const type = latin1(bytes.subarray(first.dataStart, first.dataEnd));
    return ODF_TYPES.get(type) ?? null;
  }
  const names = new Set(entries.map((entry) => entry.name));
  if (!names.has('[Content_Types].xml')) return null;
  return OOXML_PARTS.find(([part]) => names.has(part))?.[1] ?? null;
}

/**
 * An OLE2 compound file does not say cheaply which Office program wrote it; its name may
 * narrow the type for opening, but the bytes alone decide that it is one.
 */
function oleType(fileName: string): EvidenceMime {
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  if (extension === 'doc') return 'application/msword';
  if (extension === 'xls') return 'application/vnd.ms-excel';
  if (extension === 'ppt') return 'application/vnd.ms-powerpoint';
  return 'application/x-ole-storage';
}

/**
 * The evidence type these bytes are, judged by content only; null when it is none the
 * project accepts (whatever the file is called).
 */
export function sniffEvidence(bytes: Uint8Array, fileName: string): EvidenceMime | null {
  if (startsWith(bytes, PDF)) return 'application/pdf';
  if (startsWith(bytes, PNG)) return 'image/png';
  if (startsWith(bytes, JPEG)) return 'image/jpeg';
  if (startsWith(bytes, GIF87) || startsWith(bytes, GIF89)) return 'image/gif';
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8)) return 'image/webp';
  if (startsWith(bytes, ZIP)) return sniffZip(bytes);
  if (startsWith(bytes, OLE2)) return oleType(fileName);
  return null;
}

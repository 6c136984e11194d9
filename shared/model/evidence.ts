/** Largest evidence file the project accepts; checked before decoding and after. */
export const MAX_EVIDENCE_BYTES = 25 * 1024 * 1024;
/** Files one stage move may carry. */
export const MAX_EVIDENCE_FILES = 10;
/** Base64 text of a file at the limit, plus padding: anything longer is refused unread. */
export const MAX_EVIDENCE_BASE64 = Math.ceil(MAX_EVIDENCE_BYTES / 3) * 4 + 4;

/**
 * Content types the project stores, each recognised by its bytes (sniff.ts), never by name:
 * PDF, images, Office Open XML and OpenDocument files, and legacy OLE2 Office files.
 */
export const EVIDENCE_MIME_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
  'application/msword',
  'application/vnd.ms-excel',
  'application/vnd.ms-powerpoint',
  'application/x-ole-storage',
] as const;
export type EvidenceMime = (typeof EVIDENCE_MIME_TYPES)[number];

/** The file name extension that opens each type, used when a file's own name disagrees. */
export const EXTENSION_OF: Readonly<Record<EvidenceMime, string>> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/vnd.oasis.opendocument.presentation': 'odp',
  'application/msword': 'doc',
  'application/vnd.ms-excel': 'xls',
  'application/vnd.ms-powerpoint': 'ppt',
  'application/x-ole-storage': 'ole',
};

/** A SHA-256 digest as 64 lowercase hex digits: the blob's name inside the project. */
export const SHA256_PATTERN = /^[0-9a-f]{64}$/;

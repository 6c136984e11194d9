import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { EvidenceUpload } from '../../../shared/ipc/contract/qualification.js';
import { LongmaiError } from '../../../shared/ipc/errors.js';
import { MAX_EVIDENCE_BYTES, type EvidenceMime } from '../../../shared/model/evidence.js';
import { sniffEvidence } from '../../../shared/model/sniff.js';

/** An evidence file that passed every check, ready to be stored. */
export interface CheckedEvidence {
  fileName: string;
  mime: EvidenceMime;
  size: number;
  sha256: string;
  bytes: Buffer;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function tooLarge(fileName: string, size: number): LongmaiError {
  return new LongmaiError(
    'E_EVIDENCE_TOO_LARGE',
    `${fileName} is ${String(size)} bytes; evidence files may be at most ${String(MAX_EVIDENCE_BYTES)}`,
    { fileName, sizeMb: (size / 1048576).toFixed(1), limitMb: MAX_EVIDENCE_BYTES / 1048576 },
  );
}

/** Only the last path segment, without control characters: a name, never a path. */
export function cleanFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? 'evidence' : cleaned;
}

/** Check bytes by content and size, and name them by their SHA-256. */
export function checkEvidenceBytes(fileName: string, bytes: Buffer): CheckedEvidence {
  const name = cleanFileName(fileName);
  if (bytes.length === 0) {
    throw new LongmaiError('E_EVIDENCE_UNREADABLE', `${name} is empty`, { fileName: name });
  }
  if (bytes.length > MAX_EVIDENCE_BYTES) throw tooLarge(name, bytes.length);
  const mime = sniffEvidence(bytes, name);
  if (!mime) {
    throw new LongmaiError(
      'E_EVIDENCE_TYPE',
      `${name} is not a PDF, image or office document (judged by its content)`,
      { fileName: name },
    );
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { fileName: name, mime, size: bytes.length, sha256, bytes };
}

/** An upload from the renderer: size judged from the text before anything is decoded. */
export function checkUpload(upload: EvidenceUpload): CheckedEvidence {
  const name = cleanFileName(upload.fileName);
  const text = upload.bytesBase64;
  const approximate = Math.floor((text.length * 3) / 4);
  if (approximate > MAX_EVIDENCE_BYTES + 2) throw tooLarge(name, approximate);
  if (text.length % 4 !== 0 || !BASE64.test(text)) {
    throw new LongmaiError('E_EVIDENCE_UNREADABLE', `${name} did not arrive intact`, {
      fileName: name,
    });
  }
  return checkEvidenceBytes(name, Buffer.from(text, 'base64'));
}

/**
 * Read an evidence file from disk (the CLI and tests): a missing file, a folder, or one the
 * user may not read each get their own code; an oversized one is refused before reading.
 */
export function readEvidenceFile(filePath: string): CheckedEvidence {
  const name = cleanFileName(path.basename(filePath));
  let stat: fs.Stats;
  try {
    stat = fs.statSync(filePath);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new LongmaiError('E_EVIDENCE_MISSING', `no such file: ${filePath}`, { fileName: name });
    }
    throw new LongmaiError('E_EVIDENCE_UNREADABLE', `cannot read ${filePath}: ${String(error)}`, {
      fileName: name,
    });
  }
  if (!stat.isFile()) {
    throw new LongmaiError('E_EVIDENCE_UNREADABLE', `${filePath} is not a file`, {
      fileName: name,
    });
  }
  if (stat.size > MAX_EVIDENCE_BYTES) throw tooLarge(name, stat.size);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(filePath);
  } catch (error) {
    throw new LongmaiError('E_EVIDENCE_UNREADABLE', `cannot read ${filePath}: ${String(error)}`, {
      fileName: name,
    });
  }
  return checkEvidenceBytes(name, bytes);
}

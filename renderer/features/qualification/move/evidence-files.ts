import type { EvidenceUpload } from '../../../../shared/ipc/contract.js';
import { MAX_EVIDENCE_BYTES } from '../../../../shared/model/evidence.js';
import { ApiError } from '../../../api.js';

const MB = 1024 * 1024;

/** Bytes as base64 in slices, so a large file never builds one enormous argument list. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const slice = 0x8000;
  for (let at = 0; at < bytes.length; at += slice) {
    binary += String.fromCharCode(...bytes.subarray(at, at + slice));
  }
  return btoa(binary);
}

/**
 * Read the chosen files for upload. An oversized file is refused before it is read; a file
 * that vanished or cannot be read gets its own refusal, worded like the services' ones.
 */
export async function readEvidence(files: readonly File[]): Promise<EvidenceUpload[]> {
  const uploads: EvidenceUpload[] = [];
  for (const file of files) {
    if (file.size > MAX_EVIDENCE_BYTES) {
      throw new ApiError('E_EVIDENCE_TOO_LARGE', `${file.name} is too large`, {
        fileName: file.name,
        sizeMb: (file.size / MB).toFixed(1),
        limitMb: MAX_EVIDENCE_BYTES / MB,
      });
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch (error) {
      const missing = error instanceof DOMException && error.name === 'NotFoundError';
      throw new ApiError(
        missing ? 'E_EVIDENCE_MISSING' : 'E_EVIDENCE_UNREADABLE',
        `${file.name} cannot be read`,
        { fileName: file.name },
      );
    }
    uploads.push({ fileName: file.name, bytesBase64: toBase64(bytes) });
  }
  return uploads;
}

/** "1.2 MB", "830 KB": a file size for people. */
export function formatSize(bytes: number): string {
  return bytes >= MB
    ? `${(bytes / MB).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

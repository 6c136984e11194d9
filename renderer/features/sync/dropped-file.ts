import { MAX_DROPPED_PACKET_BYTES } from '../../../shared/ipc/contract/limits.js';
import { ApiError } from '../../api.js';

export const PACKET_SUFFIX = '.longmai-packet';

/** Bytes as base64 in slices, so a large file never builds one enormous argument list. */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const slice = 0x8000;
  for (let at = 0; at < bytes.length; at += slice) {
    binary += String.fromCharCode(...bytes.subarray(at, at + slice));
  }
  return btoa(binary);
}

export function looksLikePacket(file: File): boolean {
  return file.name.toLowerCase().endsWith(PACKET_SUFFIX);
}

/**
 * A packet dropped on the window travels to the services as its bytes: the same way in the
 * app and in the test bridge, and no path of the user's disk is handed to the page. Too big
 * a file is refused before it is read (the menu opens any size from disk).
 */
export async function readPacketFile(
  file: File,
): Promise<{ fileName: string; bytesBase64: string }> {
  if (!looksLikePacket(file)) {
    throw new ApiError('E_NOT_A_PACKET', `${file.name} is not a Longmai packet`, {
      fileName: file.name,
    });
  }
  if (file.size > MAX_DROPPED_PACKET_BYTES) {
    throw new ApiError('E_TOO_LARGE', `${file.name} is too large to drop`, { detail: file.name });
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  return {
    fileName: file.name.replace(/[/\\\0]/g, '_').slice(0, 200),
    bytesBase64: toBase64(bytes),
  };
}

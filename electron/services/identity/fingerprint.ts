import { createHash } from 'node:crypto';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const FINGERPRINT_CHARS = 16;

function base32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31] ?? '';
      bits -= 5;
    }
  }
  return out;
}

/**
 * What people read to each other to confirm a key: 80 bits of the key's SHA-256 in base32,
 * grouped 4x4 (`ABCD-EFGH-IJKL-MNOP`). Short enough to say on the phone, long enough that
 * no one can make a key to match it.
 */
export function fingerprintOf(publicKey: string): string {
  const digest = createHash('sha256').update(Buffer.from(publicKey, 'base64url')).digest();
  const text = base32(digest).slice(0, FINGERPRINT_CHARS);
  return text.match(/.{4}/g)?.join('-') ?? text;
}

/** Compare as people type: case, spaces and dashes do not matter. */
export function sameFingerprint(a: string, b: string): boolean {
  const norm = (text: string): string => text.toUpperCase().replace(/[^A-Z2-7]/g, '');
  return norm(a).length === FINGERPRINT_CHARS && norm(a) === norm(b);
}

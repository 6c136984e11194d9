import { randomBytes } from 'node:crypto';

/**
 * Random ids for entities, ops and replicas: 128 bits as 22 base64url characters, which
 * idSchema accepts and which never collide across replicas that never talk to each other.
 */
export function newId(): string {
  return randomBytes(16).toString('base64url');
}

/**
 * Ids for one batch (a paste, an edit's ops): 96 random bits drawn once for the batch, then a
 * 32-bit count. Still 22 base64url characters and still unique across replicas (a repeat needs
 * two batches to draw the same 96 bits), and a batch's ids share their first 16 characters, so
 * its rows sit together in every index keyed by id and a big batch writes few pages.
 */
export function idBatch(): () => string {
  let prefix = randomBytes(12);
  let count = 0;
  return () => {
    if (count > 0xffffffff) {
      prefix = randomBytes(12);
      count = 0;
    }
    const bytes = Buffer.alloc(16);
    prefix.copy(bytes);
    bytes.writeUInt32BE(count, 12);
    count += 1;
    return bytes.toString('base64url');
  };
}

import { randomBytes } from 'node:crypto';

/**
 * Random ids for entities, ops and replicas: 128 bits as 22 base64url characters, which
 * idSchema accepts and which never collide across replicas that never talk to each other.
 */
export function newId(): string {
  return randomBytes(16).toString('base64url');
}

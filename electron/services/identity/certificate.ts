import type { KeyObject } from 'node:crypto';
import { canonicalJson } from '../../../shared/sync/canonical-json.js';
import type { Certificate, UnsignedCertificate } from '../../../shared/sync/manifest.js';
import { idForKey, signBytes, verifyBytes } from './keys.js';

function signedBytes(body: UnsignedCertificate): Buffer {
  return Buffer.from(canonicalJson({ ...body }), 'utf8');
}

/** The party key vouches for one installation's replica key. */
export function issueCertificate(
  partyPrivate: KeyObject,
  body: Omit<UnsignedCertificate, 'kind' | 'version'>,
): Certificate {
  const unsigned: UnsignedCertificate = {
    kind: 'longmai-replica-certificate',
    version: 1,
    ...body,
  };
  return { ...unsigned, signature: signBytes(partyPrivate, signedBytes(unsigned)) };
}

/** Signed by the party key it names, and the replica id is the one its key derives. */
export function certificateHolds(certificate: Certificate): boolean {
  const { signature, ...body } = certificate;
  return (
    certificate.replicaId === idForKey(certificate.replicaKey) &&
    verifyBytes(certificate.partyKey, signedBytes(body), signature)
  );
}

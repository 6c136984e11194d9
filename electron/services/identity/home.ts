import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { LongmaiError } from '../../../shared/ipc/errors.js';
import { idSchema, nameSchema } from '../../../shared/model/schemas.js';
import {
  certificateSchema,
  publicKeySchema,
  type Certificate,
} from '../../../shared/sync/manifest.js';
import { certificateHolds, issueCertificate } from './certificate.js';
import { fingerprintOf } from './fingerprint.js';
import { generateKeyPair, idForKey, rawPublicKey } from './keys.js';

/**
 * A home folder holds one installation's identity: the party key, this replica's key and the
 * certificate binding them. Private keys live only here (mode 0600), never in a project file
 * or a packet. The app uses its user-data folder; the CLI `--home DIR` or LONGMAI_HOME.
 */
export interface HomeIdentity {
  home: string;
  name: string;
  /** The id this party takes in projects it makes (derived from its key). */
  partyId: string;
  partyKey: string;
  partyPrivate: KeyObject;
  replicaId: string;
  replicaKey: string;
  replicaPrivate: KeyObject;
  certificate: Certificate;
  fingerprint: string;
}

const IDENTITY_FILE = 'identity.json';
const PARTY_KEY_FILE = 'party.key';
const REPLICA_KEY_FILE = 'replica.key';

/** The fields of identity.json; a plain home reads it strictly. */
export const identityFileShape = z.object({
  version: z.literal(1),
  name: nameSchema,
  partyId: idSchema,
  partyKey: publicKeySchema,
  replicaId: idSchema,
  replicaKey: publicKeySchema,
  certificate: certificateSchema,
});
export type IdentityFile = z.infer<typeof identityFileShape>;
const identityFileSchema = identityFileShape.strict();

function writePrivate(file: string, key: KeyObject): void {
  const pem = key.export({ format: 'pem', type: 'pkcs8' });
  fs.writeFileSync(file, pem, { mode: 0o600, flag: 'wx' });
  fs.chmodSync(file, 0o600);
}

function readPrivate(file: string, home: string): KeyObject {
  try {
    return createPrivateKey(fs.readFileSync(file));
  } catch (error) {
    throw new LongmaiError('E_NO_IDENTITY', `cannot read the key ${file}: ${String(error)}`, {
      path: home,
    });
  }
}

export interface InitOptions {
  now?: () => number;
  /** Another installation of the same party: take its party key from that home. */
  partyFrom?: string;
}

/** Create a home's identity; refuses a home that already has one. */
export function initHome(home: string, name: string, options: InitOptions = {}): HomeIdentity {
  const parsedName = nameSchema.safeParse(name);
  if (!parsedName.success) {
    throw new LongmaiError('E_USAGE', 'a name of 1-200 characters is required', { detail: name });
  }
  const identityPath = path.join(home, IDENTITY_FILE);
  if (fs.existsSync(identityPath)) {
    throw new LongmaiError('E_FILE_EXISTS', `${home} already has an identity`, { path: home });
  }
  fs.mkdirSync(home, { recursive: true, mode: 0o700 });
  const party = options.partyFrom
    ? loadHome(options.partyFrom).partyPrivate
    : generateKeyPair().privateKey;
  const partyKey = rawPublicKey(createPublicKey(party));
  const replica = generateKeyPair();
  const replicaId = idForKey(replica.publicKey);
  const certificate = issueCertificate(party, {
    partyName: parsedName.data,
    partyKey,
    replicaId,
    replicaKey: replica.publicKey,
    issuedAt: new Date((options.now ?? Date.now)()).toISOString(),
  });
  writePrivate(path.join(home, PARTY_KEY_FILE), party);
  writePrivate(path.join(home, REPLICA_KEY_FILE), replica.privateKey);
  const file = {
    version: 1,
    name: parsedName.data,
    partyId: idForKey(partyKey),
    partyKey,
    replicaId,
    replicaKey: replica.publicKey,
    certificate,
  };
  fs.writeFileSync(identityPath, `${JSON.stringify(file, null, 2)}\n`, { flag: 'wx' });
  return loadHome(home);
}

/** Load and check a home's identity: keys match the certificate, the certificate holds. */
export function loadHome(home: string): HomeIdentity {
  const identityPath = path.join(home, IDENTITY_FILE);
  let text: string;
  try {
    text = fs.readFileSync(identityPath, 'utf8');
  } catch {
    throw new LongmaiError('E_NO_IDENTITY', `${home} has no identity; run longmai identity init`, {
      path: home,
    });
  }
  let parsed: IdentityFile;
  try {
    parsed = identityFileSchema.parse(JSON.parse(text));
  } catch (error) {
    throw new LongmaiError('E_NO_IDENTITY', `${identityPath} is damaged: ${String(error)}`, {
      path: home,
    });
  }
  const partyPrivate = readPrivate(path.join(home, PARTY_KEY_FILE), home);
  const replicaPrivate = readPrivate(path.join(home, REPLICA_KEY_FILE), home);
  return identityFromKeys(home, parsed, partyPrivate, replicaPrivate);
}

/**
 * Check that the private keys match identity.json and its certificate holds, then assemble
 * the identity. Shared by plain and sealed homes, which differ only in how keys are stored.
 */
export function identityFromKeys(
  home: string,
  parsed: IdentityFile,
  partyPrivate: KeyObject,
  replicaPrivate: KeyObject,
): HomeIdentity {
  const consistent =
    rawPublicKey(createPublicKey(partyPrivate)) === parsed.partyKey &&
    rawPublicKey(createPublicKey(replicaPrivate)) === parsed.replicaKey &&
    parsed.certificate.partyKey === parsed.partyKey &&
    parsed.certificate.replicaKey === parsed.replicaKey &&
    parsed.replicaId === parsed.certificate.replicaId &&
    certificateHolds(parsed.certificate);
  if (!consistent) {
    throw new LongmaiError('E_NO_IDENTITY', `the keys in ${home} do not match its identity`, {
      path: home,
    });
  }
  return {
    home,
    name: parsed.name,
    partyId: parsed.partyId,
    partyKey: parsed.partyKey,
    partyPrivate,
    replicaId: parsed.replicaId,
    replicaKey: parsed.replicaKey,
    replicaPrivate,
    certificate: parsed.certificate,
    fingerprint: fingerprintOf(parsed.partyKey),
  };
}

/** What `identity show` prints: public facts only. */
export function publicIdentity(identity: HomeIdentity): {
  partyId: string;
  replicaId: string;
  fingerprint: string;
  name: string;
} {
  return {
    partyId: identity.partyId,
    replicaId: identity.replicaId,
    fingerprint: identity.fingerprint,
    name: identity.name,
  };
}

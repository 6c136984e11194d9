import { createPrivateKey, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { LongmaiError } from '../../../shared/ipc/errors.js';
import { nameSchema } from '../../../shared/model/schemas.js';
import { issueCertificate } from './certificate.js';
import {
  identityFromKeys,
  identityFileShape,
  initHome,
  loadHome,
  type HomeIdentity,
  type IdentityFile,
} from './home.js';
import { generateKeyPair, idForKey } from './keys.js';
import type { KeyProtector } from './protector.js';

/**
 * The app's home: the same identity.json as a CLI home, but with the private keys sealed by
 * a KeyProtector ('os': the system keychain) instead of plain PEM files. With the 'file'
 * protector it is exactly a CLI home, so `--home` works on it too.
 */
const IDENTITY_FILE = 'identity.json';
const SEALED_PARTY = 'party.key.sealed';
const SEALED_REPLICA = 'replica.key.sealed';

export function hasIdentity(home: string): boolean {
  return fs.existsSync(path.join(home, IDENTITY_FILE));
}

/** Whether the keys in `home` are sealed (and so need the system keychain to be read). */
export function isSealed(home: string): boolean {
  return fs.existsSync(path.join(home, SEALED_PARTY));
}

function writeSealed(file: string, key: KeyObject, protector: KeyProtector): void {
  const pem = key.export({ format: 'pem', type: 'pkcs8' }).toString();
  fs.writeFileSync(file, protector.seal(pem), { mode: 0o600, flag: 'wx' });
}

function readSealed(file: string, home: string, protector: KeyProtector): KeyObject {
  try {
    return createPrivateKey(protector.unseal(fs.readFileSync(file)));
  } catch (error) {
    throw new LongmaiError('E_NO_IDENTITY', `cannot unseal the key ${file}: ${String(error)}`, {
      path: home,
    });
  }
}

/** Create the installation's identity; sealed unless the protector keeps plain files. */
export function createSealedHome(
  home: string,
  name: string,
  protector: KeyProtector,
  now: () => number = Date.now,
): HomeIdentity {
  if (protector.kind === 'file') return initHome(home, name, { now });
  const parsedName = nameSchema.safeParse(name);
  if (!parsedName.success) {
    throw new LongmaiError('E_BAD_ARGUMENT', 'a name of 1-200 characters is required', {
      field: 'name',
      detail: name.slice(0, 200),
    });
  }
  if (hasIdentity(home)) {
    throw new LongmaiError('E_FILE_EXISTS', `${home} already has an identity`, { path: home });
  }
  fs.mkdirSync(home, { recursive: true, mode: 0o700 });
  const party = generateKeyPair();
  const replica = generateKeyPair();
  const replicaId = idForKey(replica.publicKey);
  const certificate = issueCertificate(party.privateKey, {
    partyName: parsedName.data,
    partyKey: party.publicKey,
    replicaId,
    replicaKey: replica.publicKey,
    issuedAt: new Date(now()).toISOString(),
  });
  writeSealed(path.join(home, SEALED_PARTY), party.privateKey, protector);
  writeSealed(path.join(home, SEALED_REPLICA), replica.privateKey, protector);
  const file = {
    version: 1,
    name: parsedName.data,
    partyId: idForKey(party.publicKey),
    partyKey: party.publicKey,
    replicaId,
    replicaKey: replica.publicKey,
    certificate,
  };
  fs.writeFileSync(path.join(home, IDENTITY_FILE), `${JSON.stringify(file, null, 2)}\n`, {
    flag: 'wx',
  });
  return loadSealedHome(home, protector);
}

/** Load a home, sealed or plain; checks keys against the certificate like `loadHome`. */
export function loadSealedHome(home: string, protector: KeyProtector): HomeIdentity {
  if (!isSealed(home)) return loadHome(home);
  let parsed: IdentityFile;
  try {
    const text = fs.readFileSync(path.join(home, IDENTITY_FILE), 'utf8');
    parsed = identityFileShape.parse(JSON.parse(text));
  } catch (error) {
    throw new LongmaiError(
      'E_NO_IDENTITY',
      `the identity in ${home} is damaged: ${String(error)}`,
      {
        path: home,
      },
    );
  }
  const partyPrivate = readSealed(path.join(home, SEALED_PARTY), home, protector);
  const replicaPrivate = readSealed(path.join(home, SEALED_REPLICA), home, protector);
  return identityFromKeys(home, parsed, partyPrivate, replicaPrivate);
}

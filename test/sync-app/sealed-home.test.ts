import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keychainProtector, type KeychainParts } from '../../electron/main/key-protector.js';
import { loadHome } from '../../electron/services/identity/index.js';
import { FILE_KEYS, type KeyProtector } from '../../electron/services/identity/protector.js';
import {
  createSealedHome,
  isSealed,
  loadSealedHome,
} from '../../electron/services/identity/sealed-home.js';
import { LongmaiError } from '../../shared/ipc/errors.js';
import { tempDir } from './helpers.js';

/** A stand-in keychain: reversible, and visibly not PEM on disk. */
const XOR_KEYS: KeyProtector = {
  kind: 'os',
  seal: (pem) => Buffer.from([...Buffer.from(pem)].map((b) => b ^ 0x5a)),
  unseal: (sealed) => Buffer.from([...sealed].map((b) => b ^ 0x5a)).toString(),
};

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
function home(): string {
  const dir = tempDir('home');
  dirs.push(dir);
  return path.join(dir, 'identity');
}

describe('the app identity home', () => {
  it('keeps sealed private keys only, never a plain PEM file, and loads them back', () => {
    const dir = home();
    const made = createSealedHome(dir, 'Maker Co', XOR_KEYS);
    expect(isSealed(dir)).toBe(true);
    const files = fs.readdirSync(dir);
    expect(files.sort()).toEqual(['identity.json', 'party.key.sealed', 'replica.key.sealed']);
    for (const file of files) {
      expect(fs.readFileSync(path.join(dir, file), 'utf8')).not.toContain('PRIVATE KEY');
    }
    const loaded = loadSealedHome(dir, XOR_KEYS);
    expect(loaded.fingerprint).toBe(made.fingerprint);
    expect(loaded.replicaId).toBe(made.replicaId);
  });

  it('refuses to open sealed keys without the keychain that sealed them', () => {
    const dir = home();
    createSealedHome(dir, 'Maker Co', XOR_KEYS);
    const attempt = () => loadSealedHome(dir, FILE_KEYS);
    expect(attempt).toThrow(LongmaiError);
    expect(attempt).toThrow(/cannot unseal/);
  });

  it('writes a home the CLI can read when there is no keychain', () => {
    const dir = home();
    const made = createSealedHome(dir, 'Bearing Works', FILE_KEYS);
    expect(isSealed(dir)).toBe(false);
    expect(loadHome(dir).fingerprint).toBe(made.fingerprint);
  });

  it('refuses a second identity in the same home', () => {
    const dir = home();
    createSealedHome(dir, 'Maker Co', XOR_KEYS);
    expect(() => createSealedHome(dir, 'Other', XOR_KEYS)).toThrow(/already has an identity/);
  });
});

function keychain(available: boolean, backend: string): KeychainParts {
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () =>
      backend as ReturnType<KeychainParts['getSelectedStorageBackend']>,
    encryptString: (text) => Buffer.from(`sealed:${text}`),
    decryptString: (data) => data.toString().replace(/^sealed:/, ''),
  };
}

describe('the keychain protector main gives the services', () => {
  it('seals with safeStorage where the system offers encryption', () => {
    const protector = keychainProtector(keychain(true, 'gnome_libsecret'), 'linux');
    expect(protector.kind).toBe('os');
    expect(protector.unseal(protector.seal('pem'))).toBe('pem');
  });

  it('falls back to owner-only files without encryption or with Linux basic_text', () => {
    expect(keychainProtector(keychain(false, 'unknown'), 'win32').kind).toBe('file');
    expect(keychainProtector(keychain(true, 'basic_text'), 'linux').kind).toBe('file');
    expect(keychainProtector(undefined, 'darwin').kind).toBe('file');
  });
});

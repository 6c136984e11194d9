import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  certificateHolds,
  fingerprintOf,
  idForKey,
  initHome,
  loadHome,
  sameFingerprint,
} from '../../electron/services/identity/index.js';
import { errorOf, tempDir } from '../services/helpers.js';

describe('identities', () => {
  it('keep private keys only in the home folder, readable by its owner alone', () => {
    const home = path.join(tempDir(), 'home');
    const identity = initHome(home, 'Luoyang Bearing');
    for (const file of ['party.key', 'replica.key']) {
      expect(fs.statSync(path.join(home, file)).mode & 0o777).toBe(0o600);
    }
    const publicFile = fs.readFileSync(path.join(home, 'identity.json'), 'utf8');
    expect(publicFile).not.toContain('PRIVATE');
    expect(identity.partyId).toBe(idForKey(identity.partyKey));
    expect(identity.replicaId).toBe(idForKey(identity.replicaKey));
  });

  it('certify the replica key with the party key, and a changed certificate fails', () => {
    const identity = initHome(path.join(tempDir(), 'h'), 'Maker');
    expect(certificateHolds(identity.certificate)).toBe(true);
    expect(certificateHolds({ ...identity.certificate, partyName: 'Someone else' })).toBe(false);
  });

  it('give a second installation of a party its own replica but the same party key', () => {
    const dir = tempDir();
    const first = initHome(path.join(dir, 'a'), 'Maker');
    const second = initHome(path.join(dir, 'b'), 'Maker', { partyFrom: first.home });
    expect(second.partyId).toBe(first.partyId);
    expect(second.replicaId).not.toBe(first.replicaId);
    expect(certificateHolds(second.certificate)).toBe(true);
  });

  it('show a grouped fingerprint that compares however it is typed', () => {
    const identity = loadHome(initHome(path.join(tempDir(), 'h'), 'Maker').home);
    expect(identity.fingerprint).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){3}$/);
    expect(identity.fingerprint).toBe(fingerprintOf(identity.partyKey));
    expect(
      sameFingerprint(identity.fingerprint.toLowerCase().replace(/-/g, ' '), identity.fingerprint),
    ).toBe(true);
    expect(sameFingerprint('AAAA-AAAA-AAAA-AAAA', identity.fingerprint)).toBe(false);
  });

  it('refuse a second identity in the same home and a home without one', () => {
    const home = path.join(tempDir(), 'h');
    initHome(home, 'Maker');
    expect(errorOf(() => initHome(home, 'Again')).code).toBe('E_FILE_EXISTS');
    expect(errorOf(() => loadHome(path.join(tempDir(), 'empty'))).code).toBe('E_NO_IDENTITY');
  });

  it('refuse a home whose key files were swapped', () => {
    const dir = tempDir();
    const a = initHome(path.join(dir, 'a'), 'A');
    const b = initHome(path.join(dir, 'b'), 'B');
    fs.copyFileSync(path.join(b.home, 'replica.key'), path.join(a.home, 'replica.key'));
    expect(errorOf(() => loadHome(a.home)).code).toBe('E_NO_IDENTITY');
  });
});

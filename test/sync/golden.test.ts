import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHome } from '../../electron/services/identity/index.js';
import { importPacket, joinPacket, readPacket } from '../../electron/services/sync/index.js';
import type { EntityName } from '../../shared/model/fields.js';
import { ROOT } from '../cli/build-cli.js';
import { tempDir, track } from './helpers.js';

const GOLDEN = path.join(ROOT, 'test/fixtures/golden');
const versions = fs
  .readdirSync(GOLDEN)
  .filter((name) => /^v\d+$/.test(name))
  .sort();

type Records = Record<string, Record<string, Record<string, unknown>>>;
interface Expected {
  fingerprint: string;
  afterInvitation: Records;
  afterUpdate: Records;
}

describe.each(versions)('golden packets of format %s', (version) => {
  const dir = path.join(GOLDEN, version);
  const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected;
  const read = (name: string) => fs.readFileSync(path.join(dir, name));

  function supplierHome(): string {
    const home = path.join(tempDir(), 'home');
    fs.cpSync(path.join(dir, 'test-only-supplier-home'), home, { recursive: true });
    return home;
  }

  it('still verify, signature and all', () => {
    for (const name of ['invitation.lmpkt', 'update.lmpkt']) {
      const packet = readPacket(read(name));
      expect(packet.manifest.formatVersion).toBe(Number(version.slice(1)));
    }
  });

  it('still join and update a supplier’s copy to the values they carry', () => {
    const identity = loadHome(supplierHome());
    const file = path.join(tempDir(), 'supplier.longmai');
    const joined = joinPacket(read('invitation.lmpkt'), file, identity, {
      acceptFingerprint: expected.fingerprint,
    });
    const store = track(joined.store);
    const check = (records: Records) => {
      for (const [entity, byId] of Object.entries(records)) {
        for (const [id, fields] of Object.entries(byId)) {
          expect(store.record(entity as EntityName, id), `${entity} ${id}`).toMatchObject(fields);
        }
      }
    };
    check(expected.afterInvitation);
    expect(importPacket(store, identity, read('update.lmpkt')).applied).toBeGreaterThan(0);
    check(expected.afterUpdate);
    expect(importPacket(store, identity, read('update.lmpkt')).applied).toBe(0);
  });
});

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initHome } from '../../electron/services/identity/index.js';
import { createProjectFile } from '../../electron/services/project-file.js';
import { openProjectStore } from '../../electron/services/store/index.js';
import { exportPacket, importPacket, joinPacket } from '../../electron/services/sync/index.js';
import { buildCli } from '../cli/build-cli.js';
import { canonicalDump } from './canonical.js';
import { nodeChanges } from './fuzz/world.js';

let bundle = '';
let dir = '';
let pristine = '';
let packet = '';
let home = '';
let before = '';
let after = '';
/** How long a whole import takes in a child here, so kills land across all of it. */
let wholeMs = 0;

function dumpOf(file: string): string {
  const store = openProjectStore(file);
  try {
    return canonicalDump(store) + String(store.ops().length);
  } finally {
    store.close();
  }
}

/** A second installation of the maker, and a packet with 10,000 new ops for it. */
beforeAll(() => {
  bundle = buildCli();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'longmai-crash-'));
  const first = initHome(path.join(dir, 'first'), 'Maker');
  const second = initHome(path.join(dir, 'second'), 'Maker', { partyFrom: first.home });
  home = second.home;
  const maker = createProjectFile(
    path.join(dir, 'first.longmai'),
    { name: 'Crash', makerName: 'Maker' },
    undefined,
    first,
  );
  const invitation = exportPacket(maker, first, { to: first.partyId, full: true }).bytes;
  pristine = path.join(dir, 'second.longmai');
  joinPacket(invitation, pristine, second, { acceptFingerprint: first.fingerprint }).store.close();
  const changes = [];
  for (let i = 0; i < 1000; i++)
    changes.push(...nodeChanges(`crashNode${String(i)}`, first.partyId, `Node ${String(i)}`));
  maker.applyLocalChanges(changes);
  packet = path.join(dir, 'update.lmpkt');
  fs.writeFileSync(packet, exportPacket(maker, first, { to: first.partyId }).bytes);
  maker.close();
  before = dumpOf(pristine);
  const applied = path.join(dir, 'applied.longmai');
  fs.copyFileSync(pristine, applied);
  const store = openProjectStore(applied);
  importPacket(store, second, fs.readFileSync(packet));
  store.close();
  after = dumpOf(applied);
}, 180_000);

beforeAll(async () => {
  const timed = path.join(dir, 'timed.longmai');
  fs.copyFileSync(pristine, timed);
  const started = Date.now();
  await importAndKill(timed, null, 600_000);
  wholeMs = Date.now() - started;
}, 180_000);

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Import in a child process that dies by SIGKILL: at an injected point, or after `delayMs`. */
function importAndKill(file: string, point: string | null, delayMs: number): Promise<string> {
  return new Promise((resolve) => {
    const env = { ...process.env, ...(point ? { LONGMAI_CRASH_AT: point } : {}) };
    const child = spawn(
      process.execPath,
      [bundle, 'packet', 'import', file, packet, '--home', home, '--json'],
      { env, stdio: 'ignore' },
    );
    const timer = point ? null : setTimeout(() => child.kill('SIGKILL'), delayMs);
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve(signal ?? `exit ${String(code)}`);
    });
  });
}

describe('an import killed part way', () => {
  const trials: [string | null, number][] = [
    ['verified', 0],
    ['mid-apply', 0],
    ['before-commit', 0],
    ['after-commit', 0],
    ...[0.15, 0.3, 0.45, 0.6, 0.7, 0.8, 0.9, 0.97].map((share): [null, number] => [null, share]),
  ];

  it.each(trials)(
    'leaves the packet applied whole or not at all (point %s, killed at %d of its time)',
    async (point, share) => {
      const file = path.join(dir, `trial-${String(point)}-${String(share)}.longmai`);
      fs.copyFileSync(pristine, file);
      const ended = await importAndKill(file, point, Math.round(share * wholeMs));
      const state = dumpOf(file);
      expect([before, after]).toContain(state);
      if (point === 'after-commit') expect(state).toBe(after);
      if (point !== null && point !== 'after-commit') {
        expect(ended).toBe('SIGKILL');
        expect(state).toBe(before);
      }
    },
    60_000,
  );
});

import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { e2eAvailability } from './availability.js';

describe('choosing how end-to-end tests run', () => {
  let dir = '';
  let fakeBinary = '';

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'longmai-availability-'));
    // Named like the platform's Electron executable so it also serves as an unpacked Electron.
    fakeBinary = path.join(dir, process.platform === 'win32' ? 'electron.exe' : 'electron');
    await writeFile(fakeBinary, '#!/bin/sh\n');
    await chmod(fakeBinary, 0o755);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('drives the real app when an unpacked Electron is on disk', () => {
    const availability = e2eAvailability({ ELECTRON_OVERRIDE_DIST_PATH: dir });
    expect(availability).toMatchObject({ mode: 'electron', executablePath: fakeBinary });
  });

  test('uses the Chromium named by CHROMIUM_PATH when Electron is absent or not wanted', () => {
    const availability = e2eAvailability({
      ELECTRON_OVERRIDE_DIST_PATH: dir,
      LONGMAI_E2E_TARGET: 'chromium',
      CHROMIUM_PATH: fakeBinary,
    });
    expect(availability).toMatchObject({ mode: 'chromium', executablePath: fakeBinary });
  });

  test('skips with a reason that names what to install when neither exists', () => {
    const availability = e2eAvailability({
      LONGMAI_E2E_TARGET: 'chromium',
      CHROMIUM_PATH: path.join(dir, 'no-such-chromium'),
    });
    expect(availability.mode).toBe('none');
    expect(availability.executablePath).toBeNull();
    expect(availability.reason).toContain('apt-get install -y chromium');
    expect(availability.reason).toContain('CHROMIUM_PATH');
  });

  test('refuses a CHROMIUM_PATH that is not executable instead of guessing elsewhere', async () => {
    const notExecutable = path.join(dir, 'chromium.txt');
    await writeFile(notExecutable, 'text');
    const availability = e2eAvailability({
      LONGMAI_E2E_TARGET: 'chromium',
      CHROMIUM_PATH: notExecutable,
    });
    expect(availability.mode).toBe('none');
    expect(availability.reason).toContain(`CHROMIUM_PATH=${notExecutable} is not an executable`);
  });
});

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const root = path.resolve(fileURLToPath(import.meta.url), '../../..');
const launcher = path.join(root, 'build/scripts/launch.mjs');
let distDir: string;

beforeEach(() => {
  distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'longmai-electron-dist-'));
});
afterEach(() => fs.rmSync(distDir, { recursive: true, force: true }));

function launch(args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: distDir };
  return spawnSync(process.execPath, [launcher, ...args], {
    env,
    encoding: 'utf8',
    timeout: 15_000,
  });
}

/** Where electron's own index.js would look inside an override folder on this platform. */
function executableIn(folder: string): string {
  const pathFile = path.join(root, 'node_modules/electron/path.txt');
  const recorded = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : '';
  return path.join(folder, recorded || 'electron');
}

describe('npm start launcher', () => {
  it('explains in one sentence how to get Electron when its binary is missing', () => {
    const result = launch(['plan.longmai']);
    expect(result.status).toBe(1);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^The Electron binary is not installed: .*npm start` again\.$/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe('');
  });

  it.skipIf(process.platform === 'win32')(
    'starts Electron on the project folder and forwards the arguments',
    () => {
      const binary = executableIn(distDir);
      fs.mkdirSync(path.dirname(binary), { recursive: true });
      fs.writeFileSync(binary, '#!/bin/sh\nprintf "%s|" "$@"\nexit 7\n', { mode: 0o755 });
      const result = launch(['plan.longmai', '--flag']);
      expect(result.stdout).toBe(`${root}|plan.longmai|--flag|`);
      expect(result.status).toBe(7);
    },
  );
});

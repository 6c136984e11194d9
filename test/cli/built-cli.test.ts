import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEED_KINDS } from '../../shared/model/kinds.js';
import { SCHEMA_VERSION } from '../../electron/services/store/index.js';
import { buildCli, ROOT } from './build-cli.js';

let bundle = '';
let dir = '';

beforeAll(() => {
  bundle = buildCli();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'longmai-cli-'));
}, 120_000);

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function longmai(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bundle, ...args], { encoding: 'utf8', cwd: dir });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function json(text: string): Record<string, unknown> {
  return JSON.parse(text) as Record<string, unknown>;
}

describe('the built longmai CLI', () => {
  it('creates the sample and reports it in the info shape scripts rely on', () => {
    const created = longmai(
      'new',
      'demo.longmai',
      '--name',
      'Demo',
      '--maker',
      'Maker',
      '--sample',
    );
    expect(created.code).toBe(0);

    const info = longmai('info', 'demo.longmai', '--json');
    expect(info.code).toBe(0);
    const summary = json(info.stdout);
    expect(summary.schemaVersion).toBe(SCHEMA_VERSION);
    expect(summary.parties).toBeGreaterThanOrEqual(12);
    const nodes = summary.nodes as { total: number; byKind: Record<string, number> };
    expect(nodes.total).toBeGreaterThanOrEqual(60);
    expect(Object.keys(nodes.byKind).sort()).toEqual([...NEED_KINDS].sort());
    expect(Object.values(nodes.byKind).every((n) => n > 0)).toBe(true);
    const links = summary.links as { total: number; byStage: Record<string, number> };
    expect(Object.keys(links.byStage)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7']);
    expect(Object.values(links.byStage).every((n) => n > 0)).toBe(true);
    expect(links.total).toBe(Object.values(links.byStage).reduce((a, b) => a + b, 0));
  });

  it('dumps every record in the documented shape, the same bytes twice', () => {
    longmai('new', 'dump.longmai', '--name', 'Dump', '--maker', 'Maker', '--sample');
    const first = longmai('dump', 'dump.longmai', '--json');
    expect(first.code).toBe(0);
    expect(longmai('dump', 'dump.longmai', '--json').stdout).toBe(first.stdout);

    const dump = json(first.stdout) as Record<string, Record<string, unknown>[]>;
    expect(dump.project).toMatchObject({ name: 'Dump', homeCountry: 'CN' });
    expect(Object.keys(dump.project ?? {})).toEqual(
      expect.arrayContaining(['id', 'name', 'homeCountry']),
    );
    const keysOf = (list: string) => Object.keys(dump[list]?.[0] ?? {});
    expect(keysOf('parties')).toEqual(expect.arrayContaining(['id', 'name', 'kind', 'country']));
    expect(keysOf('nodes')).toEqual(
      expect.arrayContaining(['id', 'kind', 'name', 'code', 'keyItem', 'ownerPartyId']),
    );
    expect(keysOf('edges')).toEqual(expect.arrayContaining(['id', 'fromId', 'toId']));
    expect(keysOf('links')).toEqual(
      expect.arrayContaining(['id', 'nodeId', 'partyId', 'stage', 'status']),
    );
    for (const list of ['parties', 'nodes', 'edges', 'links']) {
      const ids = (dump[list] ?? []).map((row) => String(row.id));
      expect(ids).toEqual([...ids].sort());
    }
  });

  it('exits 2 with E_NOT_SQLITE for a text file renamed to .longmai', () => {
    fs.writeFileSync(path.join(dir, 'text.longmai'), 'this is a shopping list\n');
    const withJson = longmai('info', 'text.longmai', '--json');
    expect(withJson.code).toBe(2);
    expect(json(withJson.stdout)).toMatchObject({
      error: { code: 'E_NOT_SQLITE', message: expect.any(String) as unknown },
    });

    const forHumans = longmai('info', 'text.longmai');
    expect(forHumans.code).toBe(2);
    expect(forHumans.stdout).toBe('');
    expect(forHumans.stderr.trim().split('\n')).toHaveLength(1);
    expect(forHumans.stderr).toContain('E_NOT_SQLITE');
  });

  it('exits 2 with E_USAGE for bad arguments', () => {
    for (const args of [[], ['frobnicate'], ['info'], ['new', 'x.longmai', '--name', 'N']]) {
      const result = longmai(...args, '--json');
      expect(result.code).toBe(2);
      expect(json(result.stdout)).toMatchObject({ error: { code: 'E_USAGE' } });
    }
  });

  it('exits 2 with E_FILE_EXISTS rather than overwrite a project', () => {
    longmai('new', 'once.longmai', '--name', 'Once', '--maker', 'Maker');
    const again = longmai('new', 'once.longmai', '--name', 'Twice', '--maker', 'Maker', '--json');
    expect(again.code).toBe(2);
    expect(json(again.stdout)).toMatchObject({ error: { code: 'E_FILE_EXISTS' } });
  });

  it('prints help and exits 0', () => {
    const help = longmai('--help');
    expect(help.code).toBe(0);
    for (const command of ['new', 'info', 'dump'])
      expect(help.stdout).toContain(`longmai ${command}`);
  });

  it('runs through the package bin shim', () => {
    const result = spawnSync(
      process.execPath,
      [path.join(ROOT, 'electron/cli/bin.cjs'), 'info', 'demo.longmai', '--json'],
      { encoding: 'utf8', cwd: dir },
    );
    expect(result.status).toBe(0);
    expect(json(result.stdout)).toHaveProperty('schemaVersion', SCHEMA_VERSION);
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run.js';
import { tempDir } from '../services/helpers.js';

function run(...argv: string[]): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}

describe('longmai argument handling', () => {
  it('refuses an unknown option with E_USAGE as JSON when --json is given', () => {
    const result = run('info', 'x.longmai', '--bogus', '--json');
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toMatchObject({ error: { code: 'E_USAGE' } });
  });

  it('refuses a missing required option with one line naming it', () => {
    const result = run('new', 'x.longmai', '--maker', 'M');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^longmai: --name is required.*\(E_USAGE\)\n$/);
  });

  it('reports a bad country code as a usage error and creates no file', () => {
    const dir = tempDir();
    const file = path.join(dir, 'c.longmai');
    const result = run('new', file, '--name', 'N', '--maker', 'M', '--country', 'China', '--json');
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toMatchObject({ error: { code: 'E_USAGE' } });
  });

  it('shows the help of one command', () => {
    const result = run('info', '--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: longmai info FILE');
  });

  it('creates a plain project and prints what it made', () => {
    const file = path.join(tempDir(), 'plain.longmai');
    const result = run('new', file, '--name', 'Plain', '--maker', 'Maker', '--country', 'DE');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('0 need nodes, 1 parties');
    const info = JSON.parse(run('info', file, '--json').stdout) as { project: object };
    expect(info.project).toMatchObject({ name: 'Plain', homeCountry: 'DE' });
  });
});

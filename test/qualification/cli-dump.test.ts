import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run.js';
import { SHA256_PATTERN } from '../../shared/model/evidence.js';
import { tempDir } from '../services/helpers.js';

interface DumpedTransition {
  kind: string;
  toStage: string;
  date: string;
  evidenceSha256: string[];
}

function run(...argv: string[]): { code: number; stdout: string } {
  let stdout = '';
  const code = runCli(argv, { stdout: (text) => (stdout += text), stderr: () => undefined });
  return { code, stdout };
}

describe('longmai dump --json of the sample', () => {
  it('lists transitions with the SHA-256 of their evidence and the evidence records', () => {
    const file = path.join(tempDir(), 'sample.longmai');
    expect(run('new', file, '--name', 'Sample', '--maker', 'Maker', '--sample').code).toBe(0);
    const result = run('dump', file, '--json');
    expect(result.code).toBe(0);
    const dump = JSON.parse(result.stdout) as {
      transitions: DumpedTransition[];
      evidence: { sha256: string; transitionId: string }[];
    };
    const withFiles = dump.transitions.filter((t) => t.evidenceSha256.length > 0);
    expect(withFiles.length).toBeGreaterThan(20);
    expect(withFiles.every((t) => t.evidenceSha256.every((h) => SHA256_PATTERN.test(h)))).toBe(
      true,
    );
    expect(new Set(dump.transitions.map((t) => t.kind))).toEqual(new Set(['approved', 'reported']));
    expect(dump.evidence.length).toBe(withFiles.reduce((n, t) => n + t.evidenceSha256.length, 0));
  });
});

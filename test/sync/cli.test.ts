import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run.js';
import { tempDir } from './helpers.js';

const FLAGS = new Set(['--sample', '--dry-run', '--full']);
const OPTIONS = new Set(['--home', '--name', '--to', '--out', '--accept-fingerprint', '--value']);

/**
 * Run the CLI as a script would. Ids are base64url and may start with '-' (even '--'), so
 * options go first as `--name=value` and positionals after `--`, the way the README shows;
 * options are told apart by name, never by their dashes.
 */
function longmai(...argv: string[]): { code: number; json: Record<string, unknown> } {
  const words =
    argv[0] === 'identity' || argv[0] === 'packet' ? argv.slice(0, 2) : argv.slice(0, 1);
  const options: string[] = [];
  const positionals: string[] = [];
  for (let i = words.length; i < argv.length; i++) {
    const token = argv[i] ?? '';
    if (FLAGS.has(token)) options.push(token);
    else if (OPTIONS.has(token)) options.push(`${token}=${argv[++i] ?? ''}`);
    else positionals.push(token);
  }
  let stdout = '';
  const code = runCli([...words, ...options, '--json', '--', ...positionals], {
    stdout: (t) => (stdout += t),
    stderr: () => undefined,
  });
  return { code, json: JSON.parse(stdout) as Record<string, unknown> };
}

const ok = (result: { code: number; json: Record<string, unknown> }) => {
  expect(result.code, JSON.stringify(result.json)).toBe(0);
  return result.json;
};

describe('the sync CLI, maker to supplier and back', () => {
  it('runs invitation, join, supplier edit, packet back, import and a re-import with 0 applied', () => {
    const dir = tempDir();
    const at = (name: string) => path.join(dir, name);
    const maker = ok(
      longmai('identity', 'init', '--home', at('maker-home'), '--name', 'Hengyue CNC'),
    );
    const supplierId = ok(
      longmai('identity', 'init', '--home', at('bearing-home'), '--name', 'Luoyang Bearing'),
    );
    expect(ok(longmai('identity', 'show', '--home', at('maker-home')))).toEqual(maker);
    const created = ok(
      longmai(
        'new',
        at('maker.longmai'),
        '--name',
        'Five-axis',
        '--home',
        at('maker-home'),
        '--sample',
      ),
    );
    expect(created.makerPartyId).toBe(maker.partyId);
    const dump = ok(longmai('dump', at('maker.longmai'))) as {
      links: { id: string; partyId: string }[];
    };
    const link = dump.links.find((l) => l.partyId !== maker.partyId);
    if (!link) throw new Error('no supplier link in the sample');

    const invite = ok(
      longmai(
        'packet',
        'export',
        at('maker.longmai'),
        '--to',
        link.partyId,
        '--out',
        at('invite.lmpkt'),
        '--home',
        at('maker-home'),
      ),
    );
    expect(invite.kind).toBe('invitation');
    expect(ok(longmai('packet', 'inspect', at('invite.lmpkt')))).toMatchObject({
      signatureValid: true,
      recipient: { partyId: link.partyId },
    });
    expect(
      ok(longmai('packet', 'verify', at('invite.lmpkt'), '--home', at('bearing-home'))),
    ).toMatchObject({ ok: true });

    const wrong = longmai(
      'join',
      at('invite.lmpkt'),
      '--out',
      at('bearing.longmai'),
      '--home',
      at('bearing-home'),
      '--accept-fingerprint',
      'AAAA-BBBB-CCCC-DDDD',
    );
    expect(wrong.code).toBe(2);
    expect(wrong.json).toMatchObject({ error: { code: 'E_FINGERPRINT_MISMATCH' } });
    ok(
      longmai(
        'join',
        at('invite.lmpkt'),
        '--out',
        at('bearing.longmai'),
        '--home',
        at('bearing-home'),
        '--accept-fingerprint',
        String(maker.fingerprint),
      ),
    );

    ok(
      longmai(
        'set',
        at('bearing.longmai'),
        'link',
        link.id,
        'reportedStage',
        '5',
        '--home',
        at('bearing-home'),
      ),
    );
    const forbidden = longmai(
      'set',
      at('bearing.longmai'),
      'link',
      link.id,
      'stage',
      '7',
      '--home',
      at('bearing-home'),
    );
    expect(forbidden).toMatchObject({ code: 2, json: { error: { code: 'E_FORBIDDEN_OP' } } });

    ok(
      longmai(
        'packet',
        'export',
        at('bearing.longmai'),
        '--to',
        String(maker.partyId),
        '--out',
        at('back.lmpkt'),
        '--home',
        at('bearing-home'),
      ),
    );
    const untrusted = longmai(
      'packet',
      'import',
      at('maker.longmai'),
      at('back.lmpkt'),
      '--home',
      at('maker-home'),
    );
    expect(untrusted).toMatchObject({ code: 2, json: { error: { code: 'E_UNTRUSTED_SENDER' } } });
    const dry = ok(
      longmai(
        'packet',
        'import',
        at('maker.longmai'),
        at('back.lmpkt'),
        '--home',
        at('maker-home'),
        '--dry-run',
        '--accept-fingerprint',
        String(supplierId.fingerprint),
      ),
    );
    expect(dry).toMatchObject({ applied: 1, dryRun: true });
    const first = ok(
      longmai(
        'packet',
        'import',
        at('maker.longmai'),
        at('back.lmpkt'),
        '--home',
        at('maker-home'),
        '--accept-fingerprint',
        String(supplierId.fingerprint),
      ),
    );
    expect(first).toMatchObject({ applied: 1, duplicates: 0, conflicts: 0 });
    const again = ok(
      longmai(
        'packet',
        'import',
        at('maker.longmai'),
        at('back.lmpkt'),
        '--home',
        at('maker-home'),
      ),
    );
    expect(again).toMatchObject({ applied: 0, duplicates: 1, conflicts: 0 });
    expect(ok(longmai('get', at('maker.longmai'), 'link', link.id))).toMatchObject({
      reportedStage: 5,
    });
    expect(ok(longmai('conflicts', at('maker.longmai')))).toEqual({ conflicts: [] });
  });

  it('resolves a conflict from the command line', () => {
    const dir = tempDir();
    const at = (name: string) => path.join(dir, name);
    ok(longmai('identity', 'init', '--home', at('h'), '--name', 'Maker'));
    ok(longmai('new', at('p.longmai'), '--name', 'P', '--home', at('h')));
    const missing = longmai(
      'resolve',
      at('p.longmai'),
      'noSuchConflict',
      '--value',
      'x',
      '--home',
      at('h'),
    );
    expect(missing).toMatchObject({ code: 2, json: { error: { code: 'E_NOT_FOUND' } } });
    const noHome = longmai(
      'packet',
      'export',
      at('p.longmai'),
      '--to',
      'x',
      '--out',
      at('x.lmpkt'),
    );
    expect(noHome.code).toBe(2);
  });
});

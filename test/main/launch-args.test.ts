import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectPathFromArgv } from '../../electron/main/launch-args.js';

describe('project named on the command line', () => {
  it('resolves a relative .longmai path against the launching folder', () => {
    expect(projectPathFromArgv(['electron', '.', 'plans/cnc.longmai'], '/home/me')).toBe(
      path.resolve('/home/me', 'plans/cnc.longmai'),
    );
  });

  it('skips flags the OS or Chromium add and takes the last file named', () => {
    const argv = ['longmai', '--allow-file-access', 'a.LONGMAI', '--x=b.longmai', '/p/c.longmai'];
    expect(projectPathFromArgv(argv, '/home/me')).toBe(path.resolve('/p/c.longmai'));
  });

  it('finds nothing when no project file is named', () => {
    expect(projectPathFromArgv(['electron', '.', 'notes.txt'], '/home/me')).toBeNull();
  });
});

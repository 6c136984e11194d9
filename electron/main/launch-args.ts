import path from 'node:path';

/**
 * The project file named on the command line (`electron . plan.longmai`, a double-click on a
 * file, or a second launch), resolved against the launching shell's folder. Flags that
 * Chromium or the OS add are skipped; the last file named wins.
 */
export function projectPathFromArgv(argv: readonly string[], cwd: string): string | null {
  const files = argv.filter(
    (arg) => !arg.startsWith('-') && path.extname(arg).toLowerCase() === '.longmai',
  );
  const last = files.at(-1);
  return last === undefined ? null : path.resolve(cwd, last);
}

/** A sync packet named on the command line (double-click once packaged, a second launch). */
export function packetPathFromArgv(argv: readonly string[], cwd: string): string | null {
  const files = argv.filter(
    (arg) => !arg.startsWith('-') && path.extname(arg).toLowerCase() === '.longmai-packet',
  );
  const last = files.at(-1);
  return last === undefined ? null : path.resolve(cwd, last);
}

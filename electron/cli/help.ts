import type { CliCommand } from './command.js';

export function generalHelp(commands: readonly CliCommand[]): string {
  return [
    'longmai — Longmai 龍脈 project files from a terminal',
    '',
    'Usage:',
    ...commands.flatMap((c) => [`  longmai ${c.usage}`, `      ${c.summary}`]),
    '',
    'With --json, results and errors are JSON on stdout. Exit codes: 0 done; 2 bad arguments',
    '(E_USAGE) or bad input (e.g. E_NOT_SQLITE, E_NOT_LONGMAI, E_DAMAGED); 1 an internal error.',
    '',
  ].join('\n');
}

export function commandHelp(command: CliCommand): string {
  return `Usage: longmai ${command.usage}\n\n${command.summary}\n`;
}

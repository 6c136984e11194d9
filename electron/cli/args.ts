import { parseArgs } from 'node:util';
import { LongmaiError } from '../../shared/ipc/errors.js';
import type { CliCommand, CommandInput, OptionValues } from './command.js';

const COMMON_OPTIONS = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function usageError(message: string): LongmaiError {
  return new LongmaiError('E_USAGE', message);
}

/** The command whose words start argv, preferring the longest (`packet export` over `packet`). */
export function findCommand(
  commands: readonly CliCommand[],
  argv: readonly string[],
): CliCommand | null {
  let best: CliCommand | null = null;
  for (const command of commands) {
    const matches = command.words.every((word, i) => argv[i] === word);
    if (matches && (!best || command.words.length > best.words.length)) best = command;
  }
  return best;
}

export interface ParsedCommand extends CommandInput {
  help: boolean;
}

export function parseCommandArgs(command: CliCommand, argv: readonly string[]): ParsedCommand {
  let parsed: { values: OptionValues; positionals: string[] };
  try {
    parsed = parseArgs({
      args: argv.slice(command.words.length),
      options: { ...command.options, ...COMMON_OPTIONS },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw usageError(error instanceof Error ? error.message : String(error));
  }
  const help = parsed.values.help === true;
  const json = parsed.values.json === true;
  if (!help && parsed.positionals.length !== command.positionals.length) {
    throw usageError(`usage: longmai ${command.usage}`);
  }
  return { args: parsed.positionals, values: parsed.values, json, help };
}

export function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

export function requiredString(values: OptionValues, name: string, usage: string): string {
  const value = stringOption(values, name);
  if (value === undefined) throw usageError(`--${name} is required; usage: longmai ${usage}`);
  return value;
}

export function requiredArg(input: CommandInput, index: number): string {
  const value = input.args[index];
  if (value === undefined) throw usageError('missing argument');
  return value;
}

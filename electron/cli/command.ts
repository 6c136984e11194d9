import type { ParseArgsOptionsConfig } from 'node:util';
import type { CliIo } from './output.js';

export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

export interface CommandInput {
  /** Positionals after the command words, checked against `positionals`. */
  args: string[];
  values: OptionValues;
  json: boolean;
}

/**
 * One CLI command. `words` select it (`['new']`, later `['packet', 'export']`); `--json` and
 * `--help` are added to every command's options by the dispatcher.
 */
export interface CliCommand {
  words: readonly string[];
  /** Names of the required positionals, in order, as shown in the usage line. */
  positionals: readonly string[];
  options: ParseArgsOptionsConfig;
  usage: string;
  summary: string;
  run(input: CommandInput, io: CliIo): number;
}

import type { CliCommand } from '../command.js';
import { dumpCommand } from './dump.js';
import { infoCommand } from './info.js';
import { metricsCommand } from './metrics.js';
import { newCommand } from './new.js';

/** Every command, in the order `--help` lists them. Add new commands here. */
export const COMMANDS: readonly CliCommand[] = [
  newCommand,
  infoCommand,
  dumpCommand,
  metricsCommand,
];

import type { CliCommand } from '../command.js';
import { conflictsCommand, resolveCommand } from './conflicts.js';
import { dumpCommand } from './dump.js';
import { identityInitCommand, identityShowCommand } from './identity.js';
import { infoCommand } from './info.js';
import { joinCommand } from './join.js';
import { metricsCommand } from './metrics.js';
import { newCommand } from './new.js';
import {
  packetExportCommand,
  packetImportCommand,
  packetInspectCommand,
  packetVerifyCommand,
} from './packet.js';
import { getCommand, setCommand } from './records.js';

/** Every command, in the order `--help` lists them. Add new commands here. */
export const COMMANDS: readonly CliCommand[] = [
  newCommand,
  infoCommand,
  dumpCommand,
  identityInitCommand,
  identityShowCommand,
  packetExportCommand,
  packetInspectCommand,
  packetVerifyCommand,
  packetImportCommand,
  joinCommand,
  getCommand,
  setCommand,
  conflictsCommand,
  resolveCommand,
  metricsCommand,
];

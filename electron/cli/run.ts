import { LongmaiError } from '../../shared/ipc/errors.js';
import { findCommand, parseCommandArgs, usageError } from './args.js';
import { COMMANDS } from './commands/index.js';
import { commandHelp, generalHelp } from './help.js';
import { EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK, writeError, type CliIo } from './output.js';

function runOrThrow(argv: readonly string[], io: CliIo): number {
  const first = argv[0];
  if (first === '--help' || first === '-h' || first === 'help') {
    io.stdout(generalHelp(COMMANDS));
    return EXIT_OK;
  }
  if (first === undefined) throw usageError('no command given; try longmai --help');
  const command = findCommand(COMMANDS, argv);
  if (!command) throw usageError(`unknown command "${first}"; try longmai --help`);
  const parsed = parseCommandArgs(command, argv);
  if (parsed.help) {
    io.stdout(commandHelp(command));
    return EXIT_OK;
  }
  return command.run(parsed, io);
}

/** Run one CLI invocation and return its exit code; never throws. */
export function runCli(argv: readonly string[], io: CliIo): number {
  // Decided before parsing, so even a parse failure is reported in the requested format.
  const json = argv.includes('--json');
  try {
    return runOrThrow(argv, io);
  } catch (error) {
    if (error instanceof LongmaiError) {
      writeError(io, error.toContractError(), json);
      return EXIT_BAD_INPUT;
    }
    const message = error instanceof Error ? error.message : String(error);
    writeError(io, { code: 'E_INTERNAL', message }, json);
    return EXIT_INTERNAL;
  }
}

import { LongmaiError } from '../../../shared/ipc/errors.js';
import { loadHome } from '../../services/identity/index.js';
import { createProjectFile } from '../../services/project-file.js';
import { summarizeProject } from '../../services/summary.js';
import { requiredArg, requiredString, stringOption, usageError } from '../args.js';
import type { CliCommand } from '../command.js';
import { EXIT_OK, writeJson } from '../output.js';

const usage =
  'new FILE --name NAME (--home DIR | --maker MAKER) [--country CN] [--sample] [--json]';

export const newCommand: CliCommand = {
  words: ['new'],
  positionals: ['FILE'],
  options: {
    name: { type: 'string' },
    home: { type: 'string' },
    maker: { type: 'string' },
    country: { type: 'string' },
    sample: { type: 'boolean' },
  },
  usage,
  summary:
    'create a project file; with --home its party is the maker and the file can sync ' +
    '(--maker alone: a display name, no sync identity); --sample: the five-axis machining centre',
  run(input, io) {
    const file = requiredArg(input, 0);
    const name = requiredString(input.values, 'name', usage);
    const maker = stringOption(input.values, 'maker');
    const home =
      stringOption(input.values, 'home') ?? (maker ? undefined : process.env.LONGMAI_HOME);
    if (home === undefined && maker === undefined) {
      throw usageError(`--home (or --maker) is required; usage: longmai ${usage}`);
    }
    const identity = home !== undefined ? loadHome(home) : undefined;
    const options = {
      name,
      makerName: maker ?? identity?.name ?? '',
      homeCountry: stringOption(input.values, 'country') ?? 'CN',
      sample: input.values.sample === true,
    };
    let store;
    try {
      store = createProjectFile(file, options, undefined, identity);
    } catch (error) {
      // A bad name or country is a bad command-line argument, whatever the store calls it.
      if (error instanceof LongmaiError && error.code === 'E_BAD_ARGUMENT') {
        throw new LongmaiError('E_USAGE', error.message, error.params);
      }
      throw error;
    }
    try {
      const summary = summarizeProject(store);
      const makerPartyId = store.project().makerPartyId;
      if (input.json) writeJson(io, { path: store.path, makerPartyId, ...summary });
      else {
        io.stdout(
          `Created ${store.path}: ${String(summary.nodes.total)} need nodes, ` +
            `${String(summary.parties)} parties, ${String(summary.links.total)} supply links.\n`,
        );
      }
    } finally {
      store.close();
    }
    return EXIT_OK;
  },
};

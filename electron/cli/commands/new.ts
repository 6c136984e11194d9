import { LongmaiError } from '../../../shared/ipc/errors.js';
import { createProjectFile } from '../../services/project-file.js';
import { summarizeProject } from '../../services/summary.js';
import { requiredArg, requiredString, stringOption } from '../args.js';
import type { CliCommand } from '../command.js';
import { EXIT_OK, writeJson } from '../output.js';

const usage = 'new FILE --name NAME --maker MAKER [--country CN] [--sample] [--json]';

export const newCommand: CliCommand = {
  words: ['new'],
  positionals: ['FILE'],
  options: {
    name: { type: 'string' },
    maker: { type: 'string' },
    country: { type: 'string' },
    sample: { type: 'boolean' },
  },
  usage,
  summary: 'create a project file (with --sample: the five-axis machining centre)',
  run(input, io) {
    const file = requiredArg(input, 0);
    const options = {
      name: requiredString(input.values, 'name', usage),
      makerName: requiredString(input.values, 'maker', usage),
      homeCountry: stringOption(input.values, 'country') ?? 'CN',
      sample: input.values.sample === true,
    };
    let store;
    try {
      store = createProjectFile(file, options);
    } catch (error) {
      // A bad name or country is a bad command-line argument, whatever the store calls it.
      if (error instanceof LongmaiError && error.code === 'E_BAD_ARGUMENT') {
        throw new LongmaiError('E_USAGE', error.message, error.params);
      }
      throw error;
    }
    try {
      const summary = summarizeProject(store);
      if (input.json) writeJson(io, { path: store.path, ...summary });
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

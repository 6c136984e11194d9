import { dumpProject } from '../../services/dump.js';
import { openProjectStore } from '../../services/store/index.js';
import { requiredArg } from '../args.js';
import type { CliCommand } from '../command.js';
import { EXIT_OK, writeJson } from '../output.js';

export const dumpCommand: CliCommand = {
  words: ['dump'],
  positionals: ['FILE'],
  options: {},
  usage: 'dump FILE --json',
  summary: 'every record, sorted by id, as stable JSON',
  run(input, io) {
    const store = openProjectStore(requiredArg(input, 0), { readOnly: true });
    try {
      writeJson(io, dumpProject(store));
    } finally {
      store.close();
    }
    return EXIT_OK;
  },
};

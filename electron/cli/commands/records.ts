import { openProjectStore } from '../../services/store/index.js';
import { entityOf, getRecord, setField } from '../../services/sync/index.js';
import { requiredArg } from '../args.js';
import type { CliCommand } from '../command.js';
import { EXIT_OK, writeJson } from '../output.js';
import { HOME_OPTION, optionalIdentity } from './sync-io.js';

export const getCommand: CliCommand = {
  words: ['get'],
  positionals: ['FILE', 'ENTITY', 'ID'],
  options: {},
  usage: 'get FILE ENTITY ID [--json]',
  summary: 'one record (project party node edge link …), fields as in dump',
  run(input, io) {
    const store = openProjectStore(requiredArg(input, 0), { readOnly: true });
    try {
      const record = getRecord(store, entityOf(requiredArg(input, 1)), requiredArg(input, 2));
      if (input.json) writeJson(io, record);
      else
        io.stdout(
          Object.entries(record)
            .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
            .join('\n') + '\n',
        );
    } finally {
      store.close();
    }
    return EXIT_OK;
  },
};

export const setCommand: CliCommand = {
  words: ['set'],
  positionals: ['FILE', 'ENTITY', 'ID', 'FIELD', 'VALUE'],
  options: { ...HOME_OPTION },
  usage: 'set FILE ENTITY ID FIELD VALUE --home DIR [--json]',
  summary: 'change one field through the op log, under the same permission rules as an import',
  run(input, io) {
    const identity = optionalIdentity(input.values);
    const store = openProjectStore(requiredArg(input, 0));
    try {
      const entity = entityOf(requiredArg(input, 1));
      const id = requiredArg(input, 2);
      const op = setField(store, identity, {
        entity,
        id,
        field: requiredArg(input, 3),
        text: requiredArg(input, 4),
      });
      const record = store.record(entity, id);
      if (input.json) writeJson(io, { opId: op.opId, field: op.field, value: op.value, record });
      else io.stdout(`Set ${entity} ${id} ${op.field} = ${JSON.stringify(op.value)}.\n`);
    } finally {
      store.close();
    }
    return EXIT_OK;
  },
};

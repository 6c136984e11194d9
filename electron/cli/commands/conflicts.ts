import { openProjectStore } from '../../services/store/index.js';
import { listConflicts, resolveConflict } from '../../services/sync/index.js';
import { requiredArg, requiredString } from '../args.js';
import type { CliCommand } from '../command.js';
import { EXIT_OK, writeJson } from '../output.js';
import { HOME_OPTION, optionalIdentity } from './sync-io.js';

export const conflictsCommand: CliCommand = {
  words: ['conflicts'],
  positionals: ['FILE'],
  options: {},
  usage: 'conflicts FILE [--json]',
  summary: 'values that concurrent edits left side by side, and deletes an edit outlived',
  run(input, io) {
    const store = openProjectStore(requiredArg(input, 0), { readOnly: true });
    try {
      const conflicts = listConflicts(store);
      if (input.json) writeJson(io, { conflicts });
      else if (conflicts.length === 0) io.stdout('No conflicts.\n');
      else {
        for (const c of conflicts) {
          const values = c.values.map((v) => `${JSON.stringify(v.value)} by ${v.authorParty}`);
          io.stdout(
            `${c.id}  ${c.entity} ${c.entityId} ${c.field} (${c.kind}): ${values.join(' | ')}\n`,
          );
        }
      }
    } finally {
      store.close();
    }
    return EXIT_OK;
  },
};

const resolveUsage = 'resolve FILE CONFLICT_ID --value V --home DIR [--json]';
export const resolveCommand: CliCommand = {
  words: ['resolve'],
  positionals: ['FILE', 'CONFLICT_ID'],
  options: { ...HOME_OPTION, value: { type: 'string' } },
  usage: resolveUsage,
  summary: 'settle a conflict with one value (an op that supersedes every value in it)',
  run(input, io) {
    const value = requiredString(input.values, 'value', resolveUsage);
    const identity = optionalIdentity(input.values);
    const store = openProjectStore(requiredArg(input, 0));
    try {
      const result = resolveConflict(store, identity, requiredArg(input, 1), value);
      if (input.json)
        writeJson(io, {
          opId: result.op.opId,
          value: result.op.value,
          remaining: result.remaining,
        });
      else
        io.stdout(
          `Resolved with ${JSON.stringify(result.op.value)}; ${String(result.remaining.length)} conflicts left on that record.\n`,
        );
    } finally {
      store.close();
    }
    return EXIT_OK;
  },
};

import { joinPacket } from '../../services/sync/index.js';
import { summarizeProject } from '../../services/summary.js';
import { requiredArg, requiredString } from '../args.js';
import type { CliCommand } from '../command.js';
import { EXIT_OK, writeJson } from '../output.js';
import { HOME_OPTION, identityFrom, readPacketFile } from './sync-io.js';

const usage = 'join PACKET --out FILE --home DIR --accept-fingerprint FP [--json]';
export const joinCommand: CliCommand = {
  words: ['join'],
  positionals: ['PACKET'],
  options: { ...HOME_OPTION, out: { type: 'string' }, 'accept-fingerprint': { type: 'string' } },
  usage,
  summary: 'start your copy of a project from an invitation, once its fingerprint matches',
  run(input, io) {
    const identity = identityFrom(input.values, usage);
    const out = requiredString(input.values, 'out', usage);
    const fingerprint = requiredString(input.values, 'accept-fingerprint', usage);
    const bytes = readPacketFile(requiredArg(input, 0));
    const result = joinPacket(bytes, out, identity, { acceptFingerprint: fingerprint });
    try {
      const info = summarizeProject(result.store);
      const json = {
        path: result.store.path,
        partyId: result.partyId,
        applied: result.applied,
        sender: result.sender,
        ...info,
      };
      if (input.json) writeJson(io, json);
      else {
        io.stdout(
          `Joined ${info.project.name} as party ${result.partyId}: ${String(info.nodes.total)} need nodes, ` +
            `${String(info.links.total)} supply links.\n`,
        );
      }
    } finally {
      result.store.close();
    }
    return EXIT_OK;
  },
};

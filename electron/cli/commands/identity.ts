import { initHome, loadHome, publicIdentity } from '../../services/identity/index.js';
import { requiredString } from '../args.js';
import type { CliCommand } from '../command.js';
import { EXIT_OK, writeJson, type CliIo } from '../output.js';
import { HOME_OPTION, homeDir } from './sync-io.js';

function show(io: CliIo, json: boolean, identity: ReturnType<typeof publicIdentity>): void {
  if (json) writeJson(io, identity);
  else {
    io.stdout(
      `Party:       ${identity.name} (${identity.partyId})\n` +
        `Replica:     ${identity.replicaId}\n` +
        `Fingerprint: ${identity.fingerprint}\n`,
    );
  }
}

const initUsage = 'identity init --home DIR --name NAME [--json]';
export const identityInitCommand: CliCommand = {
  words: ['identity', 'init'],
  positionals: [],
  options: { ...HOME_OPTION, name: { type: 'string' } },
  usage: initUsage,
  summary: 'make this installation’s party and replica keys (Ed25519) in a home folder',
  run(input, io) {
    const identity = initHome(
      homeDir(input.values, initUsage),
      requiredString(input.values, 'name', initUsage),
    );
    show(io, input.json, publicIdentity(identity));
    return EXIT_OK;
  },
};

const showUsage = 'identity show --home DIR [--json]';
export const identityShowCommand: CliCommand = {
  words: ['identity', 'show'],
  positionals: [],
  options: { ...HOME_OPTION },
  usage: showUsage,
  summary: 'party id, replica id and the fingerprint to read to the other party',
  run(input, io) {
    show(io, input.json, publicIdentity(loadHome(homeDir(input.values, showUsage))));
    return EXIT_OK;
  },
};

import type { ContractHandlers } from '../../../shared/ipc/contract.js';
import { createParty, deleteParty, mergeParties, updateParty } from '../qualification/parties.js';
import type { ProjectSession } from '../session.js';
import { settle } from './settle.js';

type PartyMethods = 'party.create' | 'party.update' | 'party.delete' | 'party.merge';

export function partyHandlers(session: ProjectSession): Pick<ContractHandlers, PartyMethods> {
  return {
    'party.create': (args) => settle(() => createParty(session.require(), args)),
    'party.update': (args) => settle(() => updateParty(session.require(), args)),
    'party.delete': (args) => settle(() => deleteParty(session.require(), args)),
    'party.merge': (args) => settle(() => mergeParties(session.require(), args)),
  };
}

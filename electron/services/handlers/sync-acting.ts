import type { ContractHandlers } from '../../../shared/ipc/contract.js';
import type { ActingOptions } from '../qualification/acting.js';
import { createLink, deleteLink, updateLink } from '../qualification/links.js';
import { approveLink, moveLink, reportLink } from '../qualification/moves.js';
import { createParty, deleteParty, mergeParties, updateParty } from '../qualification/parties.js';
import type { ProjectSession } from '../session.js';
import type { ProjectStore } from '../store/index.js';
import { settle } from './settle.js';

type ActingMethods =
  | 'party.create'
  | 'party.update'
  | 'party.delete'
  | 'party.merge'
  | 'link.create'
  | 'link.update'
  | 'link.delete'
  | 'link.move'
  | 'link.report'
  | 'link.approve';

/**
 * Qualification edits act as the maker unless told otherwise (qualification/acting.ts). In a
 * copy joined as a supplier they must act as that supplier, or its stage reports would be
 * written in the maker's name and refused when its packet reaches the maker. These handlers
 * pass the party the open file signs for; an unsynced file keeps the maker.
 */
export function actingHandlers(session: ProjectSession): Pick<ContractHandlers, ActingMethods> {
  const acting =
    <A, R>(work: (store: ProjectStore, args: A, options: ActingOptions) => R) =>
    (args: A): Promise<R> =>
      settle(() => {
        const store = session.require();
        const party = store.sync.localIdentity()?.partyId;
        return work(store, args, party === undefined ? {} : { actingParty: party });
      });
  return {
    'party.create': acting(createParty),
    'party.update': acting(updateParty),
    'party.delete': acting(deleteParty),
    'party.merge': acting(mergeParties),
    'link.create': acting(createLink),
    'link.update': acting(updateLink),
    'link.delete': acting(deleteLink),
    'link.move': acting(moveLink),
    'link.report': acting(reportLink),
    'link.approve': acting(approveLink),
  };
}

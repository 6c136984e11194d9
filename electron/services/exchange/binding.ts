import type { SyncBinding } from '../../../shared/ipc/contract.js';
import type { HomeIdentity } from '../identity/index.js';
import type { ProjectStore } from '../store/index.js';

/** Whether the open file signs packets here, and as which party. */
export function bindingOf(store: ProjectStore, identity: HomeIdentity | null): SyncBinding {
  const local = store.sync.localIdentity();
  if (!local) return { state: 'unbound' };
  const name = store.party(local.partyId)?.name ?? local.partyId;
  const ours =
    identity !== null &&
    identity.partyKey === local.partyKey &&
    identity.replicaKey === local.replicaKey;
  if (!ours) return { state: 'foreign', partyId: local.partyId, partyName: name };
  return {
    state: 'bound',
    partyId: local.partyId,
    partyName: name,
    isMaker: local.partyId === store.project().makerPartyId,
  };
}

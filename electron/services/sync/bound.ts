import type { HomeIdentity } from '../identity/index.js';
import type { ProjectStore } from '../store/index.js';
import { refuse } from './errors.js';

/**
 * The party a file acts for, after checking that `identity` holds that party's key: only the
 * installation a file was made or joined with may speak for it.
 */
export function boundParty(store: ProjectStore, identity: HomeIdentity): string {
  const local = store.sync.localIdentity();
  if (!local) {
    throw refuse(
      'E_NO_IDENTITY',
      `${store.path} has no identity: create projects with --home to sync them`,
      { path: store.path },
    );
  }
  if (local.partyKey !== identity.partyKey || local.replicaKey !== identity.replicaKey) {
    throw refuse(
      'E_IDENTITY_MISMATCH',
      `${store.path} belongs to another installation than the identity in ${identity.home}`,
      { path: store.path },
    );
  }
  return local.partyId;
}

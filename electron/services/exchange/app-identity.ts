import path from 'node:path';
import type { IdentityInfo, IdentityState } from '../../../shared/ipc/contract.js';
import { LongmaiError } from '../../../shared/ipc/errors.js';
import { publicIdentity, type HomeIdentity } from '../identity/index.js';
import type { KeyProtector } from '../identity/protector.js';
import { createSealedHome, hasIdentity, loadSealedHome } from '../identity/sealed-home.js';

export const IDENTITY_DIR = 'identity';

export function identityInfo(identity: HomeIdentity): IdentityInfo {
  const { name, partyId, replicaId, fingerprint } = publicIdentity(identity);
  return { name, partyId, replicaId, fingerprint };
}

/** This installation's identity in the user-data folder, loaded once and kept in memory. */
export class AppIdentity {
  private loaded: HomeIdentity | null = null;
  readonly home: string;

  constructor(
    userDataDir: string,
    private readonly protector: KeyProtector,
    private readonly now: () => number,
  ) {
    this.home = path.join(userDataDir, IDENTITY_DIR);
  }

  /** The identity, or null before one was created; throws if its keys cannot be read. */
  current(): HomeIdentity | null {
    if (this.loaded) return this.loaded;
    if (!hasIdentity(this.home)) return null;
    this.loaded = loadSealedHome(this.home, this.protector);
    return this.loaded;
  }

  require(): HomeIdentity {
    const identity = this.current();
    if (!identity) {
      throw new LongmaiError('E_NO_IDENTITY', 'create your identity in Sync settings first');
    }
    return identity;
  }

  create(name: string): HomeIdentity {
    this.loaded = createSealedHome(this.home, name, this.protector, this.now);
    return this.loaded;
  }

  state(): IdentityState {
    const identity = this.current();
    return { identity: identity ? identityInfo(identity) : null, protection: this.protector.kind };
  }
}

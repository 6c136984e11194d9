import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type {
  ConflictRow,
  ExchangeState,
  ExportPreview,
  IdentityState,
  PacketPreview,
  PeerRow,
  SyncStatus,
} from '../../../shared/ipc/contract.js';
import type { SyncProgress } from '../../../shared/ipc/events.js';

export const SYNC_TABS = ['peers', 'inbox', 'conflicts', 'settings'] as const;
export type SyncTab = (typeof SYNC_TABS)[number];

/** The send dialog: the party, and the preview once it arrived. */
export interface Sending {
  partyId: string;
  partyName: string;
  full: boolean;
  preview: ExportPreview | null;
}

export interface SyncState {
  identity: IdentityState | null;
  status: SyncStatus | null;
  peers: PeerRow[];
  conflicts: ConflictRow[];
  exchange: ExchangeState | null;
  tab: SyncTab;
  /** The packet being previewed (opened, dropped, from the inbox or the system). */
  preview: PacketPreview | null;
  progress: SyncProgress | null;
  /** A call is running for the open dialog: its buttons wait. */
  busy: boolean;
  sending: Sending | null;
  resolving: string | null;
}

const initial: SyncState = {
  identity: null,
  status: null,
  peers: [],
  conflicts: [],
  exchange: null,
  tab: 'peers',
  preview: null,
  progress: null,
  busy: false,
  sending: null,
  resolving: null,
};

/**
 * Sync state is the sync feature's alone (what the services say about identity, peers,
 * conflicts, the inbox, and the dialog open now), so it lives beside the feature.
 */
export const syncStore = createStore<SyncState>()(() => initial);

export function useSync<T>(selector: (state: SyncState) => T): T {
  return useStore(syncStore, selector);
}

export function patchSync(patch: Partial<SyncState>): void {
  syncStore.setState(patch);
}

export function resetSync(): void {
  syncStore.setState(initial, true);
}

/** Conflict counts per need node, for the badges on the graph's cards. */
export function conflictCountOf(state: SyncState, nodeId: string): number {
  let count = 0;
  for (const conflict of state.conflicts) if (conflict.nodeIds.includes(nodeId)) count++;
  return count;
}

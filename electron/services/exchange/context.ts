import type { EventName, EventPayloads, SyncProgress } from '../../../shared/ipc/events.js';
import type { Locale } from '../../../shared/i18n/locales.js';
import type { ProjectSession } from '../session.js';
import type { ProjectStore } from '../store/index.js';
import type { AppIdentity } from './app-identity.js';
import type { PendingPackets } from './pending.js';
import type { ProjectStateStore } from './project-state.js';

/** Pushes an event to the renderer (main's webContents.send; the e2e bridge's emit). */
export type SyncNotify = <E extends EventName>(event: E, payload: EventPayloads[E]) => void;

/** What every part of the sync desk shares. */
export interface DeskContext {
  session: ProjectSession;
  identity: AppIdentity;
  states: ProjectStateStore;
  pending: PendingPackets;
  notify: SyncNotify;
  now: () => number;
}

export function openStore(ctx: DeskContext): ProjectStore | null {
  return ctx.session.info() ? ctx.session.require() : null;
}

export function localeOf(ctx: DeskContext): Locale {
  return ctx.session.state().locale;
}

export function nowIso(ctx: DeskContext): string {
  return new Date(ctx.now()).toISOString();
}

/**
 * Report a phase of long work, then yield once so the event leaves before the next
 * synchronous step (the import itself is one transaction and cannot be interrupted).
 */
export async function progress(
  ctx: DeskContext,
  token: string,
  phase: SyncProgress['phase'],
  done: number,
  total: number,
): Promise<void> {
  ctx.notify('sync-progress', { token, phase, done, total });
  await new Promise<void>((resolve) => setImmediate(resolve));
}

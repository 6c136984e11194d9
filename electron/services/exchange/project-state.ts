import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { PACKET_KINDS } from '../../../shared/sync/manifest.js';
import { newId } from '../ids.js';

const MAX_LOG = 500;
const MAX_HANDLED = 2_000;
const MAX_QUARANTINED = 200;

const logEntrySchema = z.object({
  direction: z.enum(['sent', 'received']),
  partyId: z.string().max(64),
  at: z.string().max(40),
  kind: z.enum(PACKET_KINDS),
  changes: z.number().int().min(0),
  fileName: z.string().max(300),
});
export type PacketLogRecord = z.infer<typeof logEntrySchema>;

const stateSchema = z.object({
  projectPath: z.string().max(4096),
  folder: z.string().max(4096).nullable().catch(null),
  autoApply: z.boolean().catch(false),
  log: z.array(logEntrySchema).catch([]),
  /** SHA-256 of inbound packet files already dealt with (applied, empty or quarantined). */
  handled: z.array(z.string().max(64)).catch([]),
  quarantined: z
    .array(z.object({ fileName: z.string().max(300), code: z.string().max(40), at: z.string() }))
    .catch([]),
});
export type ProjectSyncState = z.infer<typeof stateSchema>;

/**
 * What this installation remembers about syncing one project file, beside the app settings
 * (never in the project file, which travels): its exchange folder, whether to auto-apply,
 * which packets went out and came in, and which inbound files were already dealt with.
 */
export class ProjectStateStore {
  constructor(private readonly dir: string) {}

  private fileOf(projectPath: string): string {
    const key = createHash('sha256').update(projectPath).digest('hex').slice(0, 24);
    return path.join(this.dir, `${key}.json`);
  }

  load(projectPath: string): ProjectSyncState {
    const empty: ProjectSyncState = {
      projectPath,
      folder: null,
      autoApply: false,
      log: [],
      handled: [],
      quarantined: [],
    };
    try {
      const parsed = stateSchema.safeParse(
        JSON.parse(fs.readFileSync(this.fileOf(projectPath), 'utf8')),
      );
      return parsed.success && parsed.data.projectPath === projectPath ? parsed.data : empty;
    } catch {
      return empty;
    }
  }

  update(projectPath: string, change: (state: ProjectSyncState) => void): ProjectSyncState {
    const state = this.load(projectPath);
    change(state);
    state.log = state.log.slice(-MAX_LOG);
    state.handled = state.handled.slice(-MAX_HANDLED);
    state.quarantined = state.quarantined.slice(-MAX_QUARANTINED);
    fs.mkdirSync(this.dir, { recursive: true });
    const target = this.fileOf(projectPath);
    const temporary = `${target}.${newId()}.tmp`;
    try {
      fs.writeFileSync(temporary, `${JSON.stringify(state, null, 1)}\n`);
      fs.renameSync(temporary, target);
    } catch (error) {
      fs.rmSync(temporary, { force: true });
      throw error;
    }
    return state;
  }
}

/** The newest log entry for a party in one direction. */
export function lastLogged(
  state: ProjectSyncState,
  partyId: string,
  direction: PacketLogRecord['direction'],
): PacketLogRecord | null {
  for (let i = state.log.length - 1; i >= 0; i--) {
    const entry = state.log[i];
    if (entry && entry.partyId === partyId && entry.direction === direction) return entry;
  }
  return null;
}

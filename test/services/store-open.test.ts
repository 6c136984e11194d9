import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LONGMAI_APPLICATION_ID, openProjectStore } from '../../electron/services/index.js';
import { MIGRATIONS, SCHEMA_VERSION } from '../../electron/services/store/index.js';
import { parseHlc } from '../../shared/sync/hlc.js';
import { newProject, tempDir, track } from './helpers.js';

function rawPragmas(file: string): Record<string, unknown> {
  const db = new Database(file, { readonly: true });
  try {
    return {
      applicationId: db.pragma('application_id', { simple: true }),
      userVersion: db.pragma('user_version', { simple: true }),
      journalMode: db.pragma('journal_mode', { simple: true }),
    };
  } finally {
    db.close();
  }
}

describe('project files', () => {
  it('numbers migrations 1, 2, 3 … and the schema version is the last one', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('marks a new file with the Longmai application id, the schema version and WAL mode', () => {
    const dir = tempDir();
    newProject(dir).close();
    expect(rawPragmas(path.join(dir, 'project.longmai'))).toEqual({
      applicationId: LONGMAI_APPLICATION_ID,
      userVersion: SCHEMA_VERSION,
      journalMode: 'wal',
    });
  });

  it('keeps a record that names a missing record out of the tables, with its ops', () => {
    const store = newProject(tempDir());
    const dangling = [
      ['fromId', 'no-such-node'],
      ['toId', 'no-such-node-either'],
      ['quantity', null],
      ['unit', ''],
      ['ownerPartyId', store.project().makerPartyId],
    ] as const;
    const before = store.ops().length;
    store.applyLocalChanges(
      dangling.map(([field, value]) => ({ entity: 'edge', entityId: 'e1', field, value })),
    );
    // Foreign keys stay on; sync's liveness rules (store/liveness.ts) never break them.
    expect(store.ops()).toHaveLength(before + dangling.length);
    expect(store.edge('e1')).toBeNull();
  });

  it('keeps edits, the replica id and a forward-moving clock across close and reopen', () => {
    const dir = tempDir();
    const file = path.join(dir, 'project.longmai');
    const first = newProject(dir, { now: () => 2_000_000 });
    first.applyLocalChanges([
      { entity: 'project', entityId: first.project().id, field: 'name', value: 'Renamed' },
    ]);
    const lastBefore =
      first
        .ops()
        .map((op) => op.hlc)
        .sort()
        .at(-1) ?? '';
    first.close();

    // A clock that runs behind the file's must not make new stamps sort earlier.
    const reopened = track(openProjectStore(file, { now: () => 1_000 }));
    expect(reopened.project().name).toBe('Renamed');
    reopened.applyLocalChanges([
      { entity: 'project', entityId: reopened.project().id, field: 'name', value: 'Again' },
    ]);
    const stamps = reopened
      .ops()
      .map((op) => op.hlc)
      .sort();
    const newest = stamps.at(-1) ?? '';
    expect(newest > lastBefore).toBe(true);
    expect(parseHlc(newest).replicaId).toBe(parseHlc(lastBefore).replicaId);
  });

  it('opens read-only without writing anything, and refuses edits there', () => {
    const dir = tempDir();
    newProject(dir).close();
    const store = track(openProjectStore(path.join(dir, 'project.longmai'), { readOnly: true }));
    expect(store.readOnly).toBe(true);
    expect(() =>
      store.applyLocalChanges([
        { entity: 'project', entityId: store.project().id, field: 'name', value: 'x' },
      ]),
    ).toThrow(expect.objectContaining({ code: 'E_READ_ONLY' }));
  });
});

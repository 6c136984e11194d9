import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createProjectFile,
  openProjectStore,
  SAMPLE_PROJECT,
  SCHEMA_VERSION,
} from '../../electron/services/index.js';
import type { ErrorCode } from '../../shared/ipc/errors.js';
import { diskState, errorOf, newProject, tempDir, track } from './helpers.js';

let template = '';

beforeAll(() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'longmai-template-'));
  createProjectFile(path.join(dir, 'sample.longmai'), { ...SAMPLE_PROJECT }).close();
  template = path.join(dir, 'sample.longmai');
});

afterAll(() => {
  fs.rmSync(path.dirname(template), { recursive: true, force: true });
});

/** A real project file with enough pages that corrupting its middle hits live data. */
function sampleFile(dir: string): string {
  const file = path.join(dir, 'real.longmai');
  fs.copyFileSync(template, file);
  return file;
}

function otherAppFile(dir: string): string {
  const file = path.join(dir, 'notes.longmai');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('shopping list');");
  db.close();
  return file;
}

function newerSchemaFile(dir: string): string {
  const file = sampleFile(dir);
  const db = new Database(file);
  db.pragma('user_version = 99');
  db.close();
  return file;
}

function overwrite(file: string, offset: number, bytes: Buffer): void {
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, bytes, 0, bytes.length, offset);
  fs.closeSync(fd);
}

const cases: { name: string; code: ErrorCode; make: (dir: string) => string }[] = [
  {
    name: 'a text file renamed to .longmai',
    code: 'E_NOT_SQLITE',
    make: (dir) => {
      fs.writeFileSync(path.join(dir, 'notes.longmai'), 'just some notes\n'.repeat(40));
      return path.join(dir, 'notes.longmai');
    },
  },
  {
    name: 'a file of random bytes',
    code: 'E_NOT_SQLITE',
    make: (dir) => {
      fs.writeFileSync(path.join(dir, 'noise.longmai'), randomBytes(8192));
      return path.join(dir, 'noise.longmai');
    },
  },
  {
    name: 'an empty file',
    code: 'E_NOT_SQLITE',
    make: (dir) => {
      fs.writeFileSync(path.join(dir, 'empty.longmai'), '');
      return path.join(dir, 'empty.longmai');
    },
  },
  { name: 'a SQLite file of another application', code: 'E_NOT_LONGMAI', make: otherAppFile },
  { name: 'a project from a newer schema', code: 'E_NEWER_SCHEMA', make: newerSchemaFile },
  {
    name: 'a project with pages overwritten in the middle',
    code: 'E_DAMAGED',
    make: (dir) => {
      const file = sampleFile(dir);
      const size = fs.statSync(file).size;
      const page = 4096;
      overwrite(file, Math.floor(size / page / 2) * page, Buffer.alloc(page * 2, 0x5a));
      return file;
    },
  },
  {
    name: 'a project cut off halfway',
    code: 'E_DAMAGED',
    make: (dir) => {
      const file = sampleFile(dir);
      fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2));
      return file;
    },
  },
  {
    name: 'a project whose header was overwritten',
    code: 'E_NOT_SQLITE',
    make: (dir) => {
      const file = sampleFile(dir);
      overwrite(file, 0, Buffer.alloc(16, 0));
      return file;
    },
  },
];

describe('opening a file that is not a healthy Longmai project', () => {
  for (const { name, code, make } of cases) {
    for (const readOnly of [false, true]) {
      it(`reports ${name} as ${code} and leaves the disk as it was (readOnly: ${String(readOnly)})`, () => {
        const file = make(tempDir());
        const before = diskState(file);
        expect(errorOf(() => openProjectStore(file, { readOnly })).code).toBe(code);
        expect(diskState(file)).toEqual(before);
      });
    }
  }

  it('names the found and supported versions of a newer schema', () => {
    const file = newerSchemaFile(tempDir());
    expect(errorOf(() => openProjectStore(file)).params).toMatchObject({
      found: 99,
      supported: SCHEMA_VERSION,
    });
  });

  it('reports a missing file as E_FILE_NOT_FOUND and creates nothing', () => {
    const dir = tempDir();
    const file = path.join(dir, 'missing.longmai');
    expect(errorOf(() => openProjectStore(file)).code).toBe('E_FILE_NOT_FOUND');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('reports a folder as E_FILE_NOT_FOUND', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'folder.longmai'));
    expect(errorOf(() => openProjectStore(path.join(dir, 'folder.longmai'))).code).toBe(
      'E_FILE_NOT_FOUND',
    );
  });
});

describe('reading a project another connection has open', () => {
  it('sees edits still in the write-ahead log and adds no files', () => {
    const dir = tempDir();
    const writer = newProject(dir);
    writer.applyLocalChanges([
      { entity: 'project', entityId: writer.project().id, field: 'name', value: 'Unsaved yet' },
    ]);
    const file = path.join(dir, 'project.longmai');
    const listing = fs.readdirSync(dir).sort();
    expect(listing).toContain('project.longmai-wal');

    const reader = track(openProjectStore(file, { readOnly: true }));
    expect(reader.project().name).toBe('Unsaved yet');
    reader.close();
    expect(fs.readdirSync(dir).sort()).toEqual(listing);
  });
});

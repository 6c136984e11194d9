import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_FILE_NAME } from '../../electron/services/index.js';
import { DEFAULT_LOCALE } from '../../shared/i18n/locales.js';
import { diskState, rejectionOf, servicesFor, tempDir } from './helpers.js';
import { expandSnapshot } from '../../shared/model/snapshot-columns.js';

const maker = { name: 'Demo', makerName: 'Maker' };

describe('services before a project is open', () => {
  it('refuse project and graph calls with E_NO_PROJECT', async () => {
    const services = servicesFor({ userDataDir: tempDir() });
    expect((await rejectionOf(() => services.handlers['project.load'](undefined))).code).toBe(
      'E_NO_PROJECT',
    );
    const create = () =>
      services.handlers['node.create']({ kind: 'system', name: 'M', x: 0, y: 0 });
    expect((await rejectionOf(create)).code).toBe('E_NO_PROJECT');
    expect(services.current()).toBeNull();
  });
});

describe('the sample project', () => {
  it('is created in the user-data folder once and reopened after that', async () => {
    const dir = tempDir();
    const services = servicesFor({ userDataDir: dir });
    const info = await services.handlers['project.openSample'](undefined);
    expect(info.path).toBe(path.join(dir, SAMPLE_FILE_NAME));
    const firstId = (await services.handlers['project.load'](undefined).then(expandSnapshot))
      .project.id;
    services.close();

    const again = servicesFor({ userDataDir: dir });
    await again.openSample();
    expect((await again.handlers['project.load'](undefined).then(expandSnapshot)).project.id).toBe(
      firstId,
    );
  });
});

describe('editing through the contract', () => {
  it('keeps edits after the services are closed and started again', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'kept.longmai');
    const first = servicesFor({ userDataDir: dir });
    await first.createProject(file, maker);
    const node = await first.handlers['node.create']({ kind: 'component', name: 'A', x: 1, y: 2 });
    await first.handlers['node.update']({ id: node.id, patch: { name: 'B', keyItem: true } });
    await first.handlers['node.move']({ positions: [{ id: node.id, x: 30, y: 40 }] });
    first.close();

    const second = servicesFor({ userDataDir: dir });
    await second.openProject(file);
    const [reloaded] = (await second.handlers['project.load'](undefined).then(expandSnapshot))
      .nodes;
    expect(reloaded).toMatchObject({ id: node.id, name: 'B', keyItem: true, x: 30, y: 40 });
  });

  it('refuses a whole move when one node is unknown', async () => {
    const dir = tempDir();
    const services = servicesFor({ userDataDir: dir });
    await services.createProject(path.join(dir, 'm.longmai'), maker);
    const node = await services.handlers['node.create']({ kind: 'system', name: 'A', x: 0, y: 0 });
    const move = () =>
      services.handlers['node.move']({
        positions: [
          { id: node.id, x: 9, y: 9 },
          { id: 'missing', x: 1, y: 1 },
        ],
      });
    expect((await rejectionOf(move)).code).toBe('E_NOT_FOUND');
    expect(
      (await services.handlers['project.load'](undefined).then(expandSnapshot)).nodes[0],
    ).toMatchObject({
      x: 0,
      y: 0,
    });
  });

  it('deletes a node with its edges and reports what went', async () => {
    const dir = tempDir();
    const services = servicesFor({ userDataDir: dir });
    await services.createProject(path.join(dir, 'd.longmai'), maker);
    const a = await services.handlers['node.create']({ kind: 'system', name: 'A', x: 0, y: 0 });
    const b = await services.handlers['node.create']({ kind: 'component', name: 'B', x: 0, y: 0 });
    const edge = await services.handlers['edge.create']({ fromId: a.id, toId: b.id });
    expect(await services.handlers['node.delete']({ id: b.id })).toEqual({
      nodeId: b.id,
      edgeIds: [edge.id],
      linkIds: [],
    });
    const loaded = await services.handlers['project.load'](undefined).then(expandSnapshot);
    expect(loaded.nodes.map((n) => n.id)).toEqual([a.id]);
    expect(loaded.edges).toEqual([]);
  });

  it('refuses to create a project over an existing file and leaves it untouched', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'taken.longmai');
    fs.writeFileSync(file, 'precious');
    const before = diskState(file);
    const services = servicesFor({ userDataDir: dir });
    expect((await rejectionOf(() => services.createProject(file, maker))).code).toBe(
      'E_FILE_EXISTS',
    );
    expect(diskState(file)).toEqual(before);
  });

  it('keeps the open project when another file fails to open', async () => {
    const dir = tempDir();
    const services = servicesFor({ userDataDir: dir });
    const good = await services.createProject(path.join(dir, 'good.longmai'), maker);
    fs.writeFileSync(path.join(dir, 'bad.longmai'), 'not a database at all');
    const error = await rejectionOf(() => services.openProject(path.join(dir, 'bad.longmai')));
    expect(error.code).toBe('E_NOT_SQLITE');
    expect(services.current()).toEqual(good);
  });
  it('keeps the open project when the recent list cannot be written', async () => {
    const dir = tempDir();
    const services = servicesFor({ userDataDir: dir });
    const first = await services.createProject(path.join(dir, 'first.longmai'), maker);
    await services.createProject(path.join(dir, 'second.longmai'), maker);
    await services.openProject(first.path);
    fs.rmSync(path.join(dir, 'settings.json'));
    fs.mkdirSync(path.join(dir, 'settings.json'));
    await expect(services.openProject(path.join(dir, 'second.longmai'))).rejects.toThrow();
    expect(services.current()).toEqual(first);
  });
});

describe('settings', () => {
  it('remember the locale in settings.json across restarts', async () => {
    const dir = tempDir();
    await servicesFor({ userDataDir: dir }).handlers['session.setLocale']({ locale: 'en' });
    const state = await servicesFor({ userDataDir: dir }).handlers['session.get'](undefined);
    expect(state.locale).toBe('en');
    expect(fs.readdirSync(dir)).toEqual(['settings.json']);
  });

  it('fall back to the defaults when settings.json is corrupt', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'settings.json'), '{"locale": "en", "recent": [');
    const state = await servicesFor({ userDataDir: dir }).handlers['session.get'](undefined);
    expect(state).toEqual({ locale: DEFAULT_LOCALE, project: null, recent: [] });
  });

  it('keep the ten most recent projects, newest first, each once', async () => {
    const dir = tempDir();
    let now = Date.UTC(2026, 0, 1);
    const services = servicesFor({ userDataDir: dir, now: () => (now += 1000) });
    const files = Array.from({ length: 12 }, (_, i) => path.join(dir, `p${String(i)}.longmai`));
    for (const file of files) await services.createProject(file, maker);
    await services.openProject(files[5] ?? '');
    const { recent } = await services.handlers['session.get'](undefined);
    expect(recent.map((r) => path.basename(r.path))).toEqual(
      ['p5', 'p11', 'p10', 'p9', 'p8', 'p7', 'p6', 'p4', 'p3', 'p2'].map((p) => `${p}.longmai`),
    );
    expect(recent[0]).toMatchObject({ name: 'Demo', openedAt: new Date(now).toISOString() });
  });
});

describe('recent projects', () => {
  it('open only a path that is in the recent list', async () => {
    const dir = tempDir();
    const services = servicesFor({ userDataDir: dir });
    const listed = path.join(dir, 'listed.longmai');
    await services.createProject(listed, maker);
    services.close();
    const stranger = path.join(dir, 'stranger.longmai');
    fs.copyFileSync(listed, stranger);

    const error = await rejectionOf(() =>
      services.handlers['project.openRecent']({ path: stranger }),
    );
    expect(error.code).toBe('E_NOT_FOUND');
    expect((await services.handlers['project.openRecent']({ path: listed })).path).toBe(listed);
  });

  it('start with the last project that still opens, else the sample', async () => {
    const dir = tempDir();
    const services = servicesFor({ userDataDir: dir });
    const older = path.join(dir, 'older.longmai');
    const newer = path.join(dir, 'newer.longmai');
    await services.createProject(older, maker);
    await services.createProject(newer, maker);
    services.close();
    fs.writeFileSync(newer, 'damaged beyond repair');

    expect((await servicesFor({ userDataDir: dir }).openLastOrSample()).path).toBe(older);
    fs.rmSync(older);
    expect((await servicesFor({ userDataDir: dir }).openLastOrSample()).path).toBe(
      path.join(dir, SAMPLE_FILE_NAME),
    );
  });
});

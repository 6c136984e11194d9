import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LongmaiApi } from '../../shared/ipc/api.js';
import { EVENT_CHANNEL_PREFIX, type EventName } from '../../shared/ipc/events.js';
import { METHOD_NAMES, channelOf } from '../../shared/ipc/methods.js';
import { createFakeElectron, type FakeElectron } from './fake-electron.js';

const root = path.resolve(fileURLToPath(import.meta.url), '../../..');
let fake: FakeElectron;

/** Runs the real preload entry against the fake electron and returns what it exposed. */
async function exposedApi(): Promise<LongmaiApi> {
  fake = createFakeElectron({ userData: '/tmp/none', appPath: root });
  vi.resetModules();
  vi.doMock('electron', () => fake.module);
  await import('../../electron/preload/index.js');
  const calls = fake.module.contextBridge.exposeInMainWorld.mock.calls as unknown[][];
  expect(calls).toHaveLength(1);
  const [key, api] = calls[0] ?? [];
  expect(key).toBe('api');
  return api as LongmaiApi;
}

describe('preload', () => {
  let api: LongmaiApi;
  beforeEach(async () => {
    api = await exposedApi();
  });

  it('exposes exactly one function per contract method and nothing else', () => {
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
    expect(Object.keys(api.invoke).sort()).toEqual([...METHOD_NAMES].sort());
    for (const method of METHOD_NAMES) expect(typeof api.invoke[method]).toBe('function');
  });

  it('sends each method on its own channel with the argument unchanged', async () => {
    await api.invoke['node.delete']({ id: 'n1' });
    await api.invoke['session.get']();
    expect(fake.ipcRenderer.invoke).toHaveBeenNthCalledWith(1, channelOf('node.delete'), {
      id: 'n1',
    });
    expect(fake.ipcRenderer.invoke).toHaveBeenNthCalledWith(2, channelOf('session.get'), undefined);
  });

  it('refuses to subscribe to an event outside the contract', () => {
    expect(() => api.on('ipc-internal' as EventName, () => {})).toThrow(/Unknown Longmai event/);
    expect(fake.ipcRenderer.listenerCount('longmai-event:ipc-internal')).toBe(0);
  });

  it('hands listeners the payload only and stops after unsubscribing', () => {
    const listener = vi.fn();
    const unsubscribe = api.on('locale-changed', listener);
    const channel = `${EVENT_CHANNEL_PREFIX}locale-changed`;
    fake.ipcRenderer.emit(channel, { sender: fake.ipcRenderer }, { locale: 'en' });
    expect(listener).toHaveBeenCalledWith({ locale: 'en' });
    expect(listener.mock.calls[0]).toHaveLength(1);
    unsubscribe();
    fake.ipcRenderer.emit(channel, { sender: fake.ipcRenderer }, { locale: 'zh-Hant' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(fake.ipcRenderer.listenerCount(channel)).toBe(0);
  });

  it('never hands the ipcRenderer itself to the page', () => {
    const reachable = [api, api.invoke, ...Object.values(api.invoke)];
    expect(reachable).not.toContain(fake.ipcRenderer);
    expect(Object.values(api)).not.toContain(fake.ipcRenderer);
  });
});

describe('preload bundle', () => {
  it('bundles without zod or anything outside electron and shared/ipc', async () => {
    const result = await build({
      absWorkingDir: root,
      entryPoints: ['electron/preload/index.ts'],
      bundle: true,
      platform: 'browser',
      format: 'cjs',
      external: ['electron'],
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((input) => input.includes('node_modules'))).toBe(false);
    for (const input of inputs) {
      expect(input).toMatch(/^(electron\/preload|shared\/ipc)\//);
    }
  });
});

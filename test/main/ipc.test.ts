import { describe, expect, it, vi } from 'vitest';
import type { MethodName } from '../../shared/ipc/contract.js';
import { METHOD_NAMES, channelOf } from '../../shared/ipc/methods.js';
import { registerIpc } from '../../electron/main/ipc.js';
import { resolveRendererLocation } from '../../electron/main/renderer-location.js';
import { createSenderCheck, type IpcSenderEvent } from '../../electron/main/sender.js';
import { createFakeElectron } from './fake-electron.js';
import { createFakeServices } from './fake-services.js';

const OUR_CONTENTS = 7;
const location = resolveRendererLocation({
  rendererDir: '/app/dist/renderer',
  devUrl: undefined,
  isPackaged: true,
});
const OUR_PAGE = location.url;

function event(overrides: Partial<IpcSenderEvent> = {}): IpcSenderEvent {
  return {
    sender: { id: OUR_CONTENTS },
    senderFrame: { url: OUR_PAGE, parent: null },
    ...overrides,
  };
}

function setup() {
  const fake = createFakeElectron({ userData: '/tmp/none', appPath: '/app' });
  const { services } = createFakeServices();
  const onHandled = vi.fn();
  registerIpc(
    fake.ipcMain,
    services.handlers,
    createSenderCheck(() => OUR_CONTENTS, location),
    {
      onHandled,
    },
  );
  const call = (method: MethodName, arg: unknown, from = event()) => {
    const handler = fake.ipcMain.handlers.get(channelOf(method));
    if (!handler) throw new Error(`no handler for ${method}`);
    return handler(from, arg);
  };
  return { fake, services, call, onHandled };
}

describe('IPC registration', () => {
  it('registers exactly one handler per contract method', () => {
    const { fake } = setup();
    const channels = fake.ipcMain.handle.mock.calls.map(([channel]) => channel);
    expect(channels).toHaveLength(METHOD_NAMES.length);
    expect([...channels].sort()).toEqual(METHOD_NAMES.map(channelOf).sort());
  });

  it('removes every handler again when asked', () => {
    const fake = createFakeElectron({ userData: '/tmp/none', appPath: '/app' });
    const { services } = createFakeServices();
    const unregister = registerIpc(fake.ipcMain, services.handlers, () => true);
    unregister();
    expect(fake.ipcMain.handlers.size).toBe(0);
  });

  it('lets a good call from our window reach the service and returns its value', async () => {
    const { services, call, onHandled } = setup();
    const result = await call('session.setLocale', { locale: 'en' });
    expect(result).toMatchObject({ ok: true, value: { locale: 'en' } });
    expect(services.handlers['session.setLocale']).toHaveBeenCalledWith({ locale: 'en' });
    expect(onHandled).toHaveBeenCalledWith('session.setLocale');
  });

  it('refuses bad arguments with E_BAD_ARGUMENT without calling the service', async () => {
    const { services, call } = setup();
    const result = await call('session.setLocale', { locale: 'fr', extra: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'E_BAD_ARGUMENT' } });
    expect(services.handlers['session.setLocale']).not.toHaveBeenCalled();
  });
});

describe('IPC sender check', () => {
  const foreignSenders: [string, IpcSenderEvent][] = [
    ['another web contents', event({ sender: { id: OUR_CONTENTS + 1 } })],
    [
      'a subframe of our window',
      event({ senderFrame: { url: OUR_PAGE, parent: { url: OUR_PAGE, parent: null } } }),
    ],
    ['a page from the web', event({ senderFrame: { url: 'https://example.com/', parent: null } })],
    ['another local file', event({ senderFrame: { url: 'file:///tmp/evil.html', parent: null } })],
    ['a frame that already navigated away', event({ senderFrame: null })],
  ];

  it.each(foreignSenders)('refuses a call from %s without calling the service', async (_, from) => {
    const { services, call, onHandled } = setup();
    const result = await call('session.setLocale', { locale: 'en' }, from);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'E_FORBIDDEN_SENDER', params: { method: 'session.setLocale' } },
    });
    expect(services.handlers['session.setLocale']).not.toHaveBeenCalled();
    expect(onHandled).not.toHaveBeenCalled();
  });

  it('accepts our page with a hash route', () => {
    const check = createSenderCheck(() => OUR_CONTENTS, location);
    expect(check(event({ senderFrame: { url: `${OUR_PAGE}#/graph`, parent: null } }))).toBe(true);
  });

  it('refuses everything while there is no window', () => {
    const check = createSenderCheck(() => null, location);
    expect(check(event())).toBe(false);
  });

  it('trusts the dev server origin only when running the dev server', () => {
    const dev = resolveRendererLocation({
      rendererDir: '/app/dist/renderer',
      devUrl: 'http://localhost:5173/',
      isPackaged: false,
    });
    const check = createSenderCheck(() => OUR_CONTENTS, dev);
    const from = (url: string) => event({ senderFrame: { url, parent: null } });
    expect(check(from('http://localhost:5173/src/main.tsx'))).toBe(true);
    expect(check(from('http://localhost:5174/'))).toBe(false);
    expect(check(from(OUR_PAGE))).toBe(false);
  });
});

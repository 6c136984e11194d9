import { describe, expect, it } from 'vitest';
import { LongmaiError } from '../../shared/ipc/errors.js';
import { session } from './fixtures.js';
import { loadedStore } from './store-harness.js';

describe('session and events', () => {
  it('switches language at once and keeps it when the services accept', async () => {
    const { store, client } = await loadedStore({
      'session.setLocale': ({ locale }) => Promise.resolve(session({ locale })),
    });
    const pending = store.getState().setLocale('zh-Hant');
    expect(store.getState().locale).toBe('zh-Hant');
    await pending;
    expect(store.getState().locale).toBe('zh-Hant');
    expect(client.calls.at(-1)).toEqual({
      method: 'session.setLocale',
      args: { locale: 'zh-Hant' },
    });
  });

  it('goes back to the previous language when the services refuse', async () => {
    const { store } = await loadedStore({
      'session.setLocale': () => Promise.reject(new LongmaiError('E_READ_ONLY', 'no')),
    });
    await store.getState().setLocale('zh-Hans');
    expect(store.getState().locale).toBe('en');
    expect(store.getState().toasts.map((toast) => toast.key)).toEqual(['error.E_READ_ONLY']);
  });

  it('follows a language chosen in the menu and ignores one it does not know', async () => {
    const { store, client } = await loadedStore();
    client.emit('locale-changed', { locale: 'zh-Hans' });
    expect(store.getState().locale).toBe('zh-Hans');
    client.emit('locale-changed', { locale: 'fr' });
    expect(store.getState().locale).toBe('zh-Hans');
  });

  it('carries out menu commands', async () => {
    const { store, client } = await loadedStore();
    store.getState().setView('overview');
    client.emit('menu-command', { command: 'addNode' });
    expect(store.getState().view).toBe('graph');
    expect(store.getState().consumeRequest('addNode')).toBe(true);
    expect(store.getState().consumeRequest('addNode')).toBe(false);
    client.emit('menu-command', { command: 'fitView' });
    expect(store.getState().requests.fitView).toBe(true);
    const open = store.getState().inspectorOpen;
    client.emit('menu-command', { command: 'toggleInspector' });
    expect(store.getState().inspectorOpen).toBe(!open);
    store.getState().select(['steel'], []);
    client.emit('menu-command', { command: 'deleteSelection' });
    expect(store.getState().confirm?.nodeIds).toEqual(['steel']);
  });

  it("shows main's failures as messages, unknown codes as internal errors", async () => {
    const { store, client } = await loadedStore();
    client.emit('error', { code: 'E_DAMAGED', message: 'bad', params: { path: '/x.longmai' } });
    client.emit('error', { code: 'E_WHAT', message: 'odd' });
    expect(store.getState().toasts.map((toast) => [toast.key, toast.params])).toEqual([
      ['error.E_DAMAGED', { message: 'bad', path: '/x.longmai' }],
      ['error.E_INTERNAL', { message: 'odd' }],
    ]);
  });

  it('shows the welcome state when no project is open', async () => {
    const { store, client } = await loadedStore({
      'session.get': () => Promise.resolve(session({ project: null })),
    });
    expect(store.getState().project).toBeNull();
    expect(store.getState().nodeIds).toEqual([]);
    expect(client.calls.some((call) => call.method === 'project.load')).toBe(false);
  });
});

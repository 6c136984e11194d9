import { afterAll, beforeAll, expect, test } from 'vitest';
import type { LongmaiApi } from '../../shared/ipc/api.js';
import type { EventPayloads } from '../../shared/ipc/events.js';
import { METHOD_NAMES } from '../../shared/ipc/methods.js';
import {
  APP_READY_SELECTOR,
  describeE2E,
  invokeInPage,
  startApp,
  type AppHandle,
} from './harness/index.js';
import { expandSnapshot } from '../../shared/model/snapshot-columns.js';

/** What the tests read from inside the page; the renderer itself only sees `window.api`. */
interface TestWindow {
  api: LongmaiApi;
  receivedCommands?: EventPayloads['menu-command'][];
  stopListening?: () => void;
}

const SAMPLE_MIN_NODES = 60;

describeE2E('the app on the sample project', () => {
  let app: AppHandle | null = null;
  const running = (): AppHandle => {
    if (!app) throw new Error('the app did not start');
    return app;
  };

  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  test('shows the app shell with no console errors and no CSP violations', async () => {
    const { page } = running();
    await expect(page.locator(APP_READY_SELECTOR).count()).resolves.toBe(1);
    await expect(page.title()).resolves.toMatch(/龍脈|龙脉|Longmai/);
    expect(running().problems()).toEqual([]);
  });

  test("draws every one of the sample's need nodes in the graph", async () => {
    const { page, services } = running();
    const snapshot = await services.handlers['project.load'](undefined).then(expandSnapshot);
    expect(snapshot.nodes.length).toBeGreaterThanOrEqual(SAMPLE_MIN_NODES);
    await expect(page.locator('.react-flow__viewport').count()).resolves.toBe(1);
    await expect(page.locator('[data-testid="need-node"]').count()).resolves.toBe(
      snapshot.nodes.length,
    );
  });

  test('exposes exactly the contract methods on window.api.invoke', async () => {
    const methods = await running().page.evaluate(() =>
      Object.keys((window as unknown as TestWindow).api.invoke).sort(),
    );
    expect(methods).toEqual([...METHOD_NAMES].sort());
  });

  test('answers a window.api call with the real session of the open project', async () => {
    const { page, projectPath } = running();
    const result = await invokeInPage(page, 'session.get');
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.project?.path).toBe(projectPath);
  });

  test('refuses a bad argument with E_BAD_ARGUMENT before any service runs', async () => {
    const { page, services } = running();
    const before = await services.handlers['session.get'](undefined);
    const result = await invokeInPage(page, 'session.setLocale', { locale: 'fr' });
    expect(result).toMatchObject({ ok: false, error: { code: 'E_BAD_ARGUMENT' } });
    await expect(services.handlers['session.get'](undefined)).resolves.toEqual(before);
  });

  test('delivers an emitted event to window.api.on listeners until they unsubscribe', async () => {
    const { page, emit } = running();
    await page.evaluate(() => {
      const target = window as unknown as TestWindow;
      const received: EventPayloads['menu-command'][] = [];
      target.receivedCommands = received;
      target.stopListening = target.api.on('menu-command', (payload) => received.push(payload));
    });
    await emit('menu-command', { command: 'fitView' });
    await page.evaluate(() => (window as unknown as TestWindow).stopListening?.());
    await emit('menu-command', { command: 'fitView' });
    const received = await page.evaluate(() => (window as unknown as TestWindow).receivedCommands);
    expect(received).toEqual([{ command: 'fitView' }]);
  });

  test('keeps a need node created through window.api after a restart', async () => {
    const name = '冒煙測試節點 smoke-test node';
    const created = await invokeInPage(running().page, 'node.create', {
      kind: 'component',
      name,
      x: 40,
      y: 40,
    });
    expect(created.ok).toBe(true);
    await running().reload();
    const loaded = await invokeInPage(running().page, 'project.load');
    expect(loaded.ok && expandSnapshot(loaded.value).nodes.some((node) => node.name === name)).toBe(
      true,
    );
    expect(running().problems()).toEqual([]);
  });
});

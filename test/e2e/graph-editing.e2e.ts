import { afterAll, beforeAll, expect, test } from 'vitest';
import { translate } from '../../shared/i18n/index.js';
import type { NeedsEdge, ProjectSnapshot } from '../../shared/model/entities.js';
import {
  addNodeFromToolbar,
  dragNeedsEdge,
  drawnEdge,
  needNodeCard,
  takeToast,
  waitForCardName,
} from './graph-page.js';
import { describeE2E, startApp, type AppHandle } from './harness/index.js';
import { expandSnapshot } from '../../shared/model/snapshot-columns.js';

/** Long enough for a slow CI machine, short enough that a missing element fails clearly. */
const STEP_TIMEOUT_MS = 15_000;

const NAMES = {
  part: '測試部件 test part',
  renamedPart: '測試主軸部件 test spindle part',
  material: '測試材料 test material',
  process: '測試工藝 test process',
};

describeE2E('editing the need graph in the app', () => {
  let app: AppHandle | null = null;
  const running = (): AppHandle => {
    if (!app) throw new Error('the app did not start');
    return app;
  };
  /** Ids of the need nodes the tests add, in the order they were added. */
  const ids = { part: '', material: '', process: '' };
  const load = (): Promise<ProjectSnapshot> =>
    running().services.handlers['project.load'](undefined).then(expandSnapshot);
  const edgeBetween = (snapshot: ProjectSnapshot, fromId: string, toId: string) =>
    snapshot.edges.find((edge) => edge.fromId === fromId && edge.toId === toId);

  /** The renderer saves a new edge after the drag ends, so wait for the file to have it. */
  const waitForStoredEdge = async (fromId: string, toId: string): Promise<NeedsEdge> => {
    await expect
      .poll(async () => edgeBetween(await load(), fromId, toId), { timeout: STEP_TIMEOUT_MS })
      .toBeDefined();
    const edge = edgeBetween(await load(), fromId, toId);
    if (!edge) throw new Error('the needs edge vanished from the project file');
    return edge;
  };

  beforeAll(async () => {
    app = await startApp({ locale: 'en' });
    app.page.setDefaultTimeout(STEP_TIMEOUT_MS);
  });
  afterAll(async () => {
    await app?.close();
  });

  test('adds need nodes of the chosen kinds from the toolbar, named as typed', async () => {
    const { page } = running();
    ids.part = await addNodeFromToolbar(page, 'component', NAMES.part);
    ids.material = await addNodeFromToolbar(page, 'material', NAMES.material);
    ids.process = await addNodeFromToolbar(page, 'process', NAMES.process);
    await expect(needNodeCard(page, ids.material).getAttribute('data-kind')).resolves.toBe(
      'material',
    );
    const { nodes } = await load();
    const stored = [ids.part, ids.material, ids.process].map((id) => {
      const node = nodes.find((each) => each.id === id);
      return node && { kind: node.kind, name: node.name };
    });
    expect(stored).toEqual([
      { kind: 'component', name: NAMES.part },
      { kind: 'material', name: NAMES.material },
      { kind: 'process', name: NAMES.process },
    ]);
  });

  test('connects two need nodes by dragging from one handle to the other', async () => {
    const { page } = running();
    await dragNeedsEdge(page, ids.part, ids.material);
    await dragNeedsEdge(page, ids.material, ids.process);
    for (const [fromId, toId] of [
      [ids.part, ids.material],
      [ids.material, ids.process],
    ] as const) {
      const edge = await waitForStoredEdge(fromId, toId);
      await drawnEdge(page, edge.id).waitFor();
    }
  });

  test('renames a need node in the inspector', async () => {
    const { page } = running();
    await needNodeCard(page, ids.part).click();
    await page.locator(`[data-testid="node-inspector"][data-node-id="${ids.part}"]`).waitFor();
    await page.getByTestId('inspector-name').fill(NAMES.renamedPart);
    await page.getByTestId('inspector-name').press('Enter');
    await waitForCardName(page, ids.part, NAMES.renamedPart);
    const { nodes } = await load();
    expect(nodes.find((node) => node.id === ids.part)?.name).toBe(NAMES.renamedPart);
  });

  test('refuses an edge that would close a cycle and names the cycle in order', async () => {
    const { page } = running();
    const before = (await load()).edges.length;
    await dragNeedsEdge(page, ids.process, ids.part);
    const cycle = [NAMES.process, NAMES.renamedPart, NAMES.material, NAMES.process];
    await expect(takeToast(page, 'error.E_CYCLE')).resolves.toBe(
      translate('en', 'error.E_CYCLE', { cycle }),
    );
    const after = await load();
    expect(after.edges.length).toBe(before);
    expect(edgeBetween(after, ids.process, ids.part)).toBeUndefined();
  });

  test('refuses a second edge between the same two need nodes', async () => {
    const { page } = running();
    const before = (await load()).edges.length;
    await dragNeedsEdge(page, ids.part, ids.material);
    await expect(takeToast(page, 'error.E_DUPLICATE_EDGE')).resolves.toBe(
      translate('en', 'error.E_DUPLICATE_EDGE', { from: NAMES.renamedPart, to: NAMES.material }),
    );
    await expect(load().then((snapshot) => snapshot.edges.length)).resolves.toBe(before);
  });

  test('refuses an edge from a need node to itself', async () => {
    const { page } = running();
    const before = (await load()).edges.length;
    await dragNeedsEdge(page, ids.material, ids.material);
    await expect(takeToast(page, 'error.E_SELF_LOOP')).resolves.toBe(
      translate('en', 'error.E_SELF_LOOP'),
    );
    await expect(load().then((snapshot) => snapshot.edges.length)).resolves.toBe(before);
  });

  test('deletes a need node only once the confirmation is accepted', async () => {
    const { page } = running();
    await needNodeCard(page, ids.process).click();
    await page.locator(`[data-testid="node-inspector"][data-node-id="${ids.process}"]`).waitFor();

    await page.getByTestId('inspector-delete').click();
    await expect(page.getByTestId('confirm-message').textContent()).resolves.toBe(
      translate('en', 'confirm.deleteOneNode', { name: NAMES.process }),
    );
    await page.getByTestId('confirm-cancel').click();
    await page.getByTestId('confirm-dialog').waitFor({ state: 'detached' });
    await expect(needNodeCard(page, ids.process).count()).resolves.toBe(1);
    expect((await load()).nodes.some((node) => node.id === ids.process)).toBe(true);

    await page.getByTestId('inspector-delete').click();
    await page.getByTestId('confirm-ok').click();
    await needNodeCard(page, ids.process).waitFor({ state: 'detached' });
    const snapshot = await load();
    expect(snapshot.nodes.some((node) => node.id === ids.process)).toBe(false);
    expect(edgeBetween(snapshot, ids.material, ids.process)).toBeUndefined();
  });

  test('shows every change again after a restart on the same file', async () => {
    await running().reload();
    const { page } = running();
    await waitForCardName(page, ids.part, NAMES.renamedPart);
    await waitForCardName(page, ids.material, NAMES.material);
    await expect(needNodeCard(page, ids.process).count()).resolves.toBe(0);
    const edge = await waitForStoredEdge(ids.part, ids.material);
    await drawnEdge(page, edge.id).waitFor();
    const snapshot = await load();
    expect(snapshot.nodes.some((node) => node.id === ids.process)).toBe(false);
    expect(snapshot.edges.some((e) => e.toId === ids.process || e.fromId === ids.process)).toBe(
      false,
    );
  });

  test('reports no console errors, CSP violations or service crashes along the way', () => {
    expect(running().problems()).toEqual([]);
  });
});

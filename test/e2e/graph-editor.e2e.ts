import { afterAll, beforeAll, expect, test } from 'vitest';
import type { ProjectSnapshot } from '../../shared/model/entities.js';
import { needNodeCard, takeToast } from './graph-page.js';
import { describeE2E, invokeInPage, startApp, type AppHandle } from './harness/index.js';
import { expandSnapshot } from '../../shared/model/snapshot-columns.js';

const STEP_TIMEOUT_MS = 15_000;
const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

describeE2E('the graph editor at engineering scale', () => {
  let app: AppHandle | null = null;
  const running = (): AppHandle => {
    if (!app) throw new Error('the app did not start');
    return app;
  };
  const page = () => running().page;
  const load = (): Promise<ProjectSnapshot> =>
    running().services.handlers['project.load'](undefined).then(expandSnapshot);
  const nodeNamed = async (name: string) => {
    const node = (await load()).nodes.find((each) => each.name === name);
    if (!node) throw new Error(`no need node named ${name}`);
    return node;
  };
  const wrapperOf = (id: string) => page().locator(`.react-flow__node[data-id="${id}"]`);
  /** A paste as the system clipboard would deliver it (Ctrl+V or the Edit menu). */
  const paste = (text: string) =>
    page().evaluate((value) => {
      const data = new DataTransfer();
      data.setData('text/plain', value);
      document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    }, text);
  const cardCount = () => page().locator('[data-testid="need-node"]').count();

  beforeAll(async () => {
    app = await startApp({ locale: 'en' });
  });
  afterAll(async () => {
    await app?.close();
  });

  test('finds 轴承 by its pinyin and its initials, dimming everything else', async () => {
    const bearing = (await load()).nodes.find((node) => node.name.includes('轴承'));
    const other = (await load()).nodes.find((node) => !/轴承|承/.test(node.name));
    if (!bearing || !other) throw new Error('the sample has no bearing');
    for (const query of ['zhoucheng', 'zc']) {
      await page().getByTestId('search-input').fill(query);
      await expect
        .poll(() => wrapperOf(other.id).getAttribute('class'), { timeout: STEP_TIMEOUT_MS })
        .toContain('is-dimmed');
      await expect(wrapperOf(bearing.id).getAttribute('class')).resolves.not.toContain('is-dimmed');
    }
    await page().getByTestId('search-input').fill('');
    await expect.poll(() => wrapperOf(other.id).getAttribute('class')).not.toContain('is-dimmed');
  });

  test('filters by kind from the filter menu, dimming the other kinds, and clears it', async () => {
    const nodes = (await load()).nodes;
    const material = nodes.find((node) => node.kind === 'material');
    const component = nodes.find((node) => node.kind === 'component');
    if (!material || !component) throw new Error('the sample lacks a material or a component');
    await page().getByTestId('filter-toggle').click();
    await page().getByTestId('filter-kind').locator('input[data-value="material"]').check();
    await expect
      .poll(() => wrapperOf(component.id).getAttribute('class'), { timeout: STEP_TIMEOUT_MS })
      .toContain('is-dimmed');
    await expect(wrapperOf(material.id).getAttribute('class')).resolves.not.toContain('is-dimmed');
    await expect(page().getByTestId('filter-toggle').textContent()).resolves.toContain('1');
    await page().getByTestId('filters-clear').click();
    await expect
      .poll(() => wrapperOf(component.id).getAttribute('class'))
      .not.toContain('is-dimmed');
    await page().getByTestId('filter-toggle').click();
    await expect(page().getByTestId('filter-kind').isVisible()).resolves.toBe(false);
  });

  test('adds to the selection with Shift+click', async () => {
    const [first, second] = (await load()).nodes;
    if (!first || !second) throw new Error('the sample is empty');
    await needNodeCard(page(), first.id).click();
    await needNodeCard(page(), second.id).click({ modifiers: ['Shift'] });
    await expect(page().getByTestId('inspector-empty').textContent()).resolves.toContain('2');
  });

  test('traces downstream from a need node, counting what it reaches and dimming the rest', async () => {
    const steel = await nodeNamed('高纯净轴承钢 GCr15');
    await needNodeCard(page(), steel.id).click();
    await page().getByTestId('action-traceDownstream').click();
    const banner = page().getByTestId('trace-banner');
    await banner.waitFor({ timeout: STEP_TIMEOUT_MS });
    await expect(banner.textContent()).resolves.toMatch(/Downstream of 1 selected: \d+ need nodes/);
    await expect(page().locator('.react-flow__node.is-dimmed').count()).resolves.toBeGreaterThan(0);
    await page().getByTestId('trace-clear').click();
    await expect(page().locator('.react-flow__node.is-dimmed').count()).resolves.toBe(0);
  });

  test('collapses the subtree under the machine and expands it again', async () => {
    const snapshot = await load();
    const root = snapshot.nodes.find((node) => node.kind === 'system');
    if (!root) throw new Error('the sample has no system');
    await page().getByTestId('fit-view').click();
    await needNodeCard(page(), root.id).click();
    await page().keyboard.press('c');
    await expect.poll(cardCount, { timeout: STEP_TIMEOUT_MS }).toBe(1);
    await expect(page().getByTestId('folded-count').textContent()).resolves.toBe(
      `+${String(snapshot.nodes.length - 1)}`,
    );
    await page().keyboard.press('Shift+C');
    await expect.poll(cardCount, { timeout: STEP_TIMEOUT_MS }).toBe(snapshot.nodes.length);
  });

  test('pastes rows copied from a spreadsheet as need nodes, one undo step that survives a restart', async () => {
    const before = (await load()).nodes.length;
    await page().locator('.react-flow__pane').click();
    await paste('名称\t编码\t类型\n新型轴承 E2E\tNB-1\t零部件\n新型钢材 E2E\tNS-1\t材料\n');
    await takeToast(page(), 'paste.done');
    const pasted = (await load()).nodes.filter((node) => node.name.endsWith('E2E'));
    expect(pasted.map((node) => [node.name, node.code, node.kind]).sort()).toEqual([
      ['新型轴承 E2E', 'NB-1', 'component'],
      ['新型钢材 E2E', 'NS-1', 'material'],
    ]);
    await running().reload();
    await expect(invokeInPage(page(), 'history.state')).resolves.toMatchObject({
      ok: true,
      value: { undo: { action: 'paste', count: 2 } },
    });
    await page().locator('.react-flow__pane').click();
    await page().keyboard.press(`${MOD}+z`);
    await expect.poll(async () => (await load()).nodes.length).toBe(before);
    // The window learns of the redo step after the services have undone: wait for it.
    await expect
      .poll(() => page().getByTestId('action-redo').isEnabled(), { timeout: STEP_TIMEOUT_MS })
      .toBe(true);
    await page().keyboard.press(`${MOD}+Shift+z`);
    await expect.poll(async () => (await load()).nodes.length).toBe(before + 2);
  });

  test('refuses a sheet with an unknown kind, naming its row and column, and pastes nothing', async () => {
    const before = (await load()).nodes.length;
    await paste('Name\tCode\tKind\nGood row\tG-1\tMaterial\nBad row\tB-1\tWidget\n');
    const text = await takeToast(page(), 'paste.refused');
    expect(text).toContain('Row 3, column C (Kind)');
    expect(text).toContain('“Widget”');
    expect((await load()).nodes).toHaveLength(before);
  });

  test('refuses copied need nodes whose needs edges form a cycle, naming it', async () => {
    const node = (ref: string, name: string) => ({
      ref,
      kind: 'component',
      name,
      code: '',
      spec: '',
      keyItem: false,
      notes: '',
      x: 0,
      y: 0,
    });
    const edge = (fromRef: string, toRef: string) => ({ fromRef, toRef, quantity: null, unit: '' });
    await paste(
      JSON.stringify({
        format: 'longmai/need-graph',
        version: 1,
        nodes: [node('a', 'Cycle A'), node('b', 'Cycle B')],
        edges: [edge('a', 'b'), edge('b', 'a')],
      }),
    );
    expect(await takeToast(page(), 'error.E_CYCLE')).toContain('Cycle A → Cycle B → Cycle A');
    await paste('{"format":"longmai/need-graph","version":1,"nodes":[]}');
    await takeToast(page(), 'clipboard.badPayload');
  });

  test('warns, without refusing, when a material needs a system', async () => {
    const nodes = [
      {
        ref: 'm',
        kind: 'material',
        name: 'Odd material',
        code: '',
        spec: '',
        keyItem: false,
        notes: '',
        x: 0,
        y: 0,
      },
      {
        ref: 's',
        kind: 'system',
        name: 'Odd system',
        code: '',
        spec: '',
        keyItem: false,
        notes: '',
        x: 300,
        y: 0,
      },
    ];
    await paste(
      JSON.stringify({
        format: 'longmai/need-graph',
        version: 1,
        nodes,
        edges: [{ fromRef: 'm', toRef: 's', quantity: null, unit: '' }],
      }),
    );
    expect(await takeToast(page(), 'rules.unusualNeed')).toContain('Odd material');
    const names = (await load()).nodes.map((each) => each.name);
    expect(names).toEqual(expect.arrayContaining(['Odd material', 'Odd system']));
  });

  test('cancels a running layout with Escape and moves nothing', async () => {
    const positions = (await load()).nodes.map(({ id, x, y }) => ({ id, x, y }));
    await page().locator('.react-flow__pane').click();
    await page().getByTestId('action-layoutAll').click();
    await page().getByTestId('layout-progress').waitFor();
    await page().keyboard.press('Escape');
    await takeToast(page(), 'layout.cancelled');
    await expect(page().getByTestId('layout-progress').count()).resolves.toBe(0);
    const after = (await load()).nodes.map(({ id, x, y }) => ({ id, x, y }));
    expect(after).toEqual(positions);
  });

  test('lays the graph out in a worker, saving the positions as one undo step', async () => {
    await page().getByTestId('action-layoutAll').click();
    await takeToast(page(), 'layout.done');
    await expect(invokeInPage(page(), 'history.state')).resolves.toMatchObject({
      value: { undo: { action: 'layout' } },
    });
  });

  test('edits a name in the table, refusing an empty one', async () => {
    await page().getByTestId('nav-table').click();
    await page().getByTestId('need-table').waitFor();
    const row = page().locator('[data-testid="table-row"]').first();
    const id = (await row.getAttribute('data-node-id')) ?? '';
    await row.getByTestId('cell-name').dblclick();
    await row.getByTestId('cell-name-input').fill('');
    await row.getByTestId('cell-name-input').press('Enter');
    await row.getByTestId('cell-name-error').waitFor();
    await row.getByTestId('cell-name-input').fill('表格改名 table rename');
    await row.getByTestId('cell-name-input').press('Enter');
    await expect
      .poll(async () => (await load()).nodes.find((node) => node.id === id)?.name)
      .toBe('表格改名 table rename');
    await page().getByTestId('nav-graph').click();
    expect(running().problems().join('\n')).toBe('');
  });
});

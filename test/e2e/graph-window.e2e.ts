import { afterAll, beforeAll, expect, test } from 'vitest';
import { expandSnapshot } from '../../shared/model/snapshot-columns.js';
import { describeE2E, startApp, type AppHandle } from './harness/index.js';

const STEP_TIMEOUT_MS = 15_000;
const COLUMNS = 30;
const ROWS = 20;

/** A grid of need nodes, each needing the one on its right: enough for the card window. */
function chainGrid() {
  const ref = (column: number, row: number) => `n${String(column)}-${String(row)}`;
  const nodes = [];
  const edges = [];
  for (let column = 0; column < COLUMNS; column++) {
    for (let row = 0; row < ROWS; row++) {
      nodes.push({
        ref: ref(column, row),
        kind: 'component',
        name: `Window part ${String(column)}-${String(row)}`,
        code: '',
        spec: '',
        keyItem: false,
        notes: '',
        x: column * 300,
        y: row * 100,
      });
      if (column > 0) {
        edges.push({
          fromRef: ref(column - 1, row),
          toRef: ref(column, row),
          quantity: null,
          unit: '',
        });
      }
    }
  }
  return { format: 'longmai/need-graph', version: 1, nodes, edges };
}

describeE2E('the graph editor on a graph too big to mount whole', () => {
  let app: AppHandle | null = null;
  const running = (): AppHandle => {
    if (!app) throw new Error('the app did not start');
    return app;
  };
  const page = () => running().page;
  const snapshotNodes = async () =>
    expandSnapshot(await running().services.handlers['project.load'](undefined)).nodes;
  const nodeCount = async () => (await snapshotNodes()).length;

  beforeAll(async () => {
    app = await startApp({ locale: 'en' });
  });
  afterAll(async () => {
    await app?.close();
  });

  test('draws the needs edges between the cards of the view when zoomed in to read them', async () => {
    const before = await nodeCount();
    await page().locator('.react-flow__pane').click();
    await page().evaluate((text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    }, JSON.stringify(chainGrid()));
    await expect.poll(nodeCount, { timeout: STEP_TIMEOUT_MS }).toBe(before + COLUMNS * ROWS);
    // Opened afresh, the graph shows zoomed out, and no card has been drawn yet.
    await running().reload();
    const grid = snapshotNodes().then((nodes) =>
      nodes.filter((node) => node.name.startsWith('Window part ')),
    );
    const xs = (await grid).map((node) => node.x);
    const ys = (await grid).map((node) => node.y);
    const centre = {
      x: (Math.min(...xs) + Math.max(...xs)) / 2,
      y: (Math.min(...ys) + Math.max(...ys)) / 2,
    };
    // Zoom to 1 about the grid's centre, as the mouse wheel does.
    await page().evaluate((at) => {
      const viewport = document.querySelector('.react-flow__viewport');
      const pane = document.querySelector('.react-flow__pane');
      if (!viewport || !pane) throw new Error('no React Flow viewport');
      const { a: zoom, e: x, f: y } = new DOMMatrix(getComputedStyle(viewport).transform);
      const box = pane.getBoundingClientRect();
      pane.dispatchEvent(
        new WheelEvent('wheel', {
          deltaY: Math.log2(zoom) / 0.002,
          clientX: box.left + x + at.x * zoom,
          clientY: box.top + y + at.y * zoom,
          bubbles: true,
          cancelable: true,
          view: window,
        }),
      );
    }, centre);
    const cards = page().locator('[data-testid="need-node"]');
    await expect.poll(() => cards.count(), { timeout: STEP_TIMEOUT_MS }).toBeGreaterThan(4);
    // Only the view's window is mounted, never the whole graph.
    expect(await cards.count()).toBeLessThan(COLUMNS * ROWS);
    // Each shown card needs the one on its right: that needs edge is drawn whether or not the
    // card on the right lies in the card window (an edge running out of it keeps its far end).
    const needing = await page().evaluate(
      (last) =>
        [...document.querySelectorAll('.need-node__name')].filter((each) => {
          const column = Number((each.textContent ?? '').replace('Window part ', '').split('-')[0]);
          return column < last;
        }).length,
      COLUMNS - 1,
    );
    expect(needing).toBeGreaterThan(0);
    const edgePaths = page().locator('.react-flow__edge path.react-flow__edge-path');
    await expect
      .poll(() => edgePaths.count(), { timeout: STEP_TIMEOUT_MS })
      .toBeGreaterThanOrEqual(needing);
  });
});

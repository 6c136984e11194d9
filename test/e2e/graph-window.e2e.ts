import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { expandSnapshot } from '../../shared/model/snapshot-columns.js';
import { NODE_HEIGHT, NODE_WIDTH } from '../../renderer/features/graph/flow-model.js';
import { generateGraphFile } from '../bench/generate.js';
import { describeE2E, startApp, type AppHandle } from './harness/index.js';

const STEP_TIMEOUT_MS = 15_000;
/** Past the size at which only the view's window of cards is handed to React Flow. */
const NEED_NODES = 1000;

describeE2E('the graph editor on a graph too big to mount whole', () => {
  let app: AppHandle | null = null;
  let folder: string | null = null;
  const running = (): AppHandle => {
    if (!app) throw new Error('the app did not start');
    return app;
  };
  const page = () => running().page;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'longmai-window-'));
    // A layered graph like the benchmark's: most needs edges run far beyond the view.
    const projectPath = generateGraphFile(folder, NEED_NODES);
    app = await startApp({ locale: 'en', projectPath });
  });
  afterAll(async () => {
    await app?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  test('draws every needs edge of the cards in the window when zoomed in to read them', async () => {
    // Zoom to 1 about the pane's centre, as the mouse wheel does.
    await page().evaluate(() => {
      const viewport = document.querySelector('.react-flow__viewport');
      const pane = document.querySelector('.react-flow__pane');
      if (!viewport || !pane) throw new Error('no React Flow viewport');
      const zoom = new DOMMatrix(getComputedStyle(viewport).transform).a;
      const box = pane.getBoundingClientRect();
      pane.dispatchEvent(
        new WheelEvent('wheel', {
          deltaY: Math.log2(zoom) / 0.002,
          clientX: box.left + box.width / 2,
          clientY: box.top + box.height / 2,
          bubbles: true,
          cancelable: true,
          view: window,
        }),
      );
    });
    const cards = page().locator('[data-testid="need-node"]');
    await expect.poll(() => cards.count(), { timeout: STEP_TIMEOUT_MS }).toBeGreaterThan(4);
    const cardIds = new Set(
      await cards.evaluateAll((each) => each.map((card) => card.getAttribute('data-node-id'))),
    );
    // Only the view's window is mounted, never the whole graph.
    expect(cardIds.size).toBeLessThan(NEED_NODES);
    const { edges } = expandSnapshot(await running().services.handlers['project.load'](undefined));
    const ofCards = edges.filter((edge) => cardIds.has(edge.fromId) || cardIds.has(edge.toId));
    expect(ofCards.length).toBeGreaterThan(0);
    // Each is drawn, also one whose other end lies outside the window, far out of view.
    const drawn = page().locator('.react-flow__edge path.react-flow__edge-path');
    await expect.poll(() => drawn.count(), { timeout: STEP_TIMEOUT_MS }).toBe(ofCards.length);
  });

  test('mounts the cards in view where a pan by mouse holds still, and where it ends', async () => {
    const { nodes } = expandSnapshot(await running().services.handlers['project.load'](undefined));
    const pane = await page().locator('.react-flow__pane').boundingBox();
    if (!pane) throw new Error('no pane');
    /** Need nodes whose card lies wholly in view but is not mounted. */
    const missingInView = () =>
      page().evaluate(
        ({ nodes, pane, size }) => {
          const viewport = document.querySelector('.react-flow__viewport');
          if (!viewport) throw new Error('no React Flow viewport');
          const t = new DOMMatrix(getComputedStyle(viewport).transform);
          const paneBox = document.querySelector('.react-flow__pane')?.getBoundingClientRect();
          if (!paneBox) throw new Error('no pane');
          const inView = nodes.filter(({ x, y }) => {
            const left = paneBox.left + t.e + x * t.a;
            const top = paneBox.top + t.f + y * t.a;
            return (
              left >= pane.x &&
              top >= pane.y &&
              left + size.width * t.a <= pane.x + pane.width &&
              top + size.height * t.a <= pane.y + pane.height
            );
          });
          const missing = inView.filter(
            ({ id }) => !document.querySelector(`[data-node-id="${id}"]`),
          ).length;
          return { inView: inView.length, missing };
        },
        { nodes, pane, size: { width: NODE_WIDTH, height: NODE_HEIGHT } },
      );
    const y = pane.y + pane.height / 2;
    await page().mouse.move(pane.x + pane.width - 10, y);
    await page().mouse.down();
    // Beyond the window of cards: those now in view are only mounted once the pan holds still.
    await page().mouse.move(1, y - pane.height / 3, { steps: 20 });
    await expect.poll(missingInView, { timeout: STEP_TIMEOUT_MS }).toMatchObject({ missing: 0 });
    expect((await missingInView()).inView).toBeGreaterThan(2);
    await page().mouse.move(pane.x + pane.width - 10, y + pane.height / 3, { steps: 5 });
    await page().mouse.up();
    await expect.poll(missingInView, { timeout: STEP_TIMEOUT_MS }).toMatchObject({ missing: 0 });
  });

  test('keeps the selection through a pan by mouse; a click on the empty pane clears it', async () => {
    const pane = await page().locator('.react-flow__pane').boundingBox();
    if (!pane) throw new Error('no pane');
    // A card wholly in the pane's top left, clear of the panels over the pane's corners: the
    // window also mounts cards beyond the pane's edges.
    const inView = await page()
      .locator('[data-testid="need-node"]')
      .evaluateAll((cards, box) => {
        const card = cards.find((each) => {
          const r = each.getBoundingClientRect();
          const right = box.x + box.width / 2;
          return r.left > box.x && r.top > box.y && r.right < right && r.bottom < box.y + 300;
        });
        return card?.getAttribute('data-node-id') ?? null;
      }, pane);
    if (!inView) throw new Error('no card wholly in view');
    await page().locator(`[data-testid="need-node"][data-node-id="${inView}"]`).click();
    const selected = page().locator('.react-flow__node.selected');
    await expect.poll(() => selected.count(), { timeout: STEP_TIMEOUT_MS }).toBe(1);
    const viewport = page().locator('.react-flow__viewport');
    const before = await viewport.evaluate((element) => getComputedStyle(element).transform);
    // Start on empty pane, between the layers' columns of cards.
    const spot = await page().evaluate((box) => {
      for (let x = box.x + 5; x < box.x + box.width; x += 5) {
        const hit = document.elementFromPoint(x, box.y + box.height / 2);
        if (hit?.classList.contains('react-flow__pane')) return { x, y: box.y + box.height / 2 };
      }
      throw new Error('no empty pane in view');
    }, pane);
    await page().mouse.move(spot.x, spot.y);
    await page().mouse.down();
    await page().mouse.move(spot.x - 120, spot.y - 60, { steps: 6 });
    await page().mouse.up();
    const after = await viewport.evaluate((element) => getComputedStyle(element).transform);
    const moved = (a: string, b: string) => {
      const [, , , , ax = 0, ay = 0] = a.slice(7, -1).split(',').map(Number);
      const [, , , , bx = 0, by = 0] = b.slice(7, -1).split(',').map(Number);
      return [Math.round(bx - ax), Math.round(by - ay)];
    };
    expect(moved(before, after)).toEqual([-120, -60]);
    expect(await selected.count()).toBe(1);
    await page().mouse.click(spot.x - 120, spot.y - 60);
    await expect.poll(() => selected.count(), { timeout: STEP_TIMEOUT_MS }).toBe(0);
  });
});

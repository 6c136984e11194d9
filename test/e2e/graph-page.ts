// What a user does on the graph view, as steps the end-to-end tests share: add a need node
// from the toolbar, drag a needs edge between handles, read a refusal toast.
import type { Locator, Page } from 'playwright-core';
import type { MessageKey } from '../../shared/i18n/index.js';
import type { NeedKind } from '../../shared/model/kinds.js';

/** Mouse moves per drag: React Flow only connects after the pointer travels past its threshold. */
const DRAG_STEPS = 12;

export function needNodeCard(page: Page, nodeId: string): Locator {
  return page.locator(`[data-testid="need-node"][data-node-id="${nodeId}"]`);
}

/** React Flow's own element for one needs edge. */
export function drawnEdge(page: Page, edgeId: string): Locator {
  return page.locator(`[data-testid="rf__edge-${edgeId}"]`);
}

export function drawnNodeIds(page: Page): Promise<string[]> {
  return page
    .locator('[data-testid="need-node"]')
    .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-node-id') ?? ''));
}

/** Waits until the card of `nodeId` shows `name`. */
export async function waitForCardName(page: Page, nodeId: string, name: string): Promise<void> {
  await needNodeCard(page, nodeId)
    .locator('.need-node__name')
    .getByText(name, { exact: true })
    .waitFor();
}

/**
 * Picks `kind` in the toolbar, clicks "add", and types `name` into the name field the
 * inspector focuses for the new need node, then Enter. Returns the new node's id.
 */
export async function addNodeFromToolbar(
  page: Page,
  kind: NeedKind,
  name: string,
): Promise<string> {
  const known = await drawnNodeIds(page);
  await page.getByTestId('kind-picker').selectOption(kind);
  await page.getByTestId('add-node').click();
  const found = await page.waitForFunction((before) => {
    const inspector = document.querySelector('[data-testid="node-inspector"]');
    const id = inspector?.getAttribute('data-node-id');
    const nameField = inspector?.querySelector('[data-testid="inspector-name"]');
    // Ready for typing once the new node's name field has the focus.
    return id && !before.includes(id) && document.activeElement === nameField ? id : null;
  }, known);
  const nodeId = await found.jsonValue();
  if (typeof nodeId !== 'string') throw new Error('no new need node appeared in the inspector');
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await waitForCardName(page, nodeId, name);
  return nodeId;
}

async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('the handle is not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drags from `fromId`'s right (source) handle to `toId`'s left (target) handle, as a hand would. */
export async function dragNeedsEdge(page: Page, fromId: string, toId: string): Promise<void> {
  const from = await centreOf(needNodeCard(page, fromId).locator('.react-flow__handle.source'));
  const to = await centreOf(needNodeCard(page, toId).locator('.react-flow__handle.target'));
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: DRAG_STEPS });
  await page.mouse.up();
}

/** Waits for the toast with this message key, reads its text and dismisses it. */
export async function takeToast(page: Page, key: MessageKey): Promise<string> {
  const toast = page.locator(`[data-testid="toast"][data-message-key="${key}"]`);
  await toast.waitFor();
  const text = (await toast.getByTestId('toast-text').textContent()) ?? '';
  await toast.getByTestId('toast-dismiss').click();
  await toast.waitFor({ state: 'detached' });
  return text;
}

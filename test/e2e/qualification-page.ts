// What a supplier manager does on the board and in the move dialog, as steps the end-to-end
// tests share: find a supply link, open its move dialog, fill it, read what the dialog says.
import type { Locator, Page } from 'playwright-core';
import type { ProjectSnapshot, SupplyLink } from '../../shared/model/entities.js';
import type { AppHandle } from './harness/index.js';
import { expandSnapshot } from '../../shared/model/snapshot-columns.js';

export interface EvidenceFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export function boardCard(page: Page, linkId: string): Locator {
  return page.locator(`[data-testid="board-card"][data-link-id="${linkId}"]`);
}

export function load(app: AppHandle): Promise<ProjectSnapshot> {
  return app.services.handlers['project.load'](undefined).then(expandSnapshot);
}

/** The sample's supply link of the need node with this code, from the party named so. */
export async function sampleLink(app: AppHandle, code: string, party: string): Promise<SupplyLink> {
  const snapshot = await load(app);
  const node = snapshot.nodes.find((n) => n.code === code);
  const supplier = snapshot.parties.find((p) => p.name === party);
  const link = snapshot.links.find((l) => l.nodeId === node?.id && l.partyId === supplier?.id);
  if (!link) throw new Error(`the sample has no supply link ${code} / ${party}`);
  return link;
}

export async function openBoard(page: Page): Promise<void> {
  await page.getByTestId('nav-board').click();
  await page.getByTestId('board-view').waitFor();
}

/** Focus a card and press Shift+→: the keyboard way to move it to the next stage. */
export async function moveByKeyboard(page: Page, linkId: string): Promise<Locator> {
  const card = boardCard(page, linkId);
  await card.scrollIntoViewIfNeeded();
  await card.focus();
  await page.keyboard.press('Shift+ArrowRight');
  const dialog = page.getByTestId('move-dialog');
  await dialog.waitFor();
  return dialog;
}

/** Open the card's menu from the keyboard and pick an item. */
export async function cardMenu(page: Page, linkId: string, item: string): Promise<void> {
  const card = boardCard(page, linkId);
  await card.scrollIntoViewIfNeeded();
  await card.focus();
  await page.keyboard.press('Enter');
  await page.getByTestId(`card-menu-${item}`).click();
}

export async function fillMove(
  dialog: Locator,
  fields: { date: string; comment?: string; files?: EvidenceFile[] | string[] },
): Promise<void> {
  await dialog.getByTestId('move-date').fill(fields.date);
  if (fields.comment !== undefined) await dialog.getByTestId('move-comment').fill(fields.comment);
  if (fields.files?.length) await dialog.getByTestId('move-evidence').setInputFiles(fields.files);
}

/** Submit and wait for the dialog either to close (saved) or to show its refusal. */
export async function submitMove(page: Page): Promise<string | null> {
  await page.getByTestId('move-submit').click();
  const error = page.getByTestId('move-error');
  const dialog = page.getByTestId('move-dialog');
  await Promise.race([error.waitFor(), dialog.waitFor({ state: 'detached' })]);
  return (await error.count()) > 0 ? error.innerText() : null;
}

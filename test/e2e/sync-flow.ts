// Steps of the two-party sync walk, shared by the end-to-end test and the screenshots script.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { SupplyLink } from '../../shared/model/index.js';
import type { Services } from '../../electron/services/index.js';
import type { PartyApp } from './harness/two-parties.js';
import { expandSnapshot } from '../../shared/model/snapshot-columns.js';

export const MAKER_NAME = 'Maker Co';
export const SUPPLIER_NAME = 'Bearing Works';

/** The maker's project: the sample, in a file of its own. */
export async function prepareMaker(services: Services, dir: string): Promise<void> {
  await services.createProject(path.join(dir, 'five-axis.longmai'), {
    name: '五轴立式加工中心',
    makerName: '华东机床集团',
    sample: true,
  });
}

/** A supplier's supply link that can still move up, chosen the same way every run. */
export async function supplierLink(maker: PartyApp): Promise<SupplyLink> {
  const snapshot = await maker.services.handlers['project.load'](undefined).then(expandSnapshot);
  const suppliers = new Set(
    snapshot.parties.filter((p) => p.kind === 'component_supplier').map((p) => p.id),
  );
  const link = snapshot.links
    .filter((l) => suppliers.has(l.partyId) && l.reportedStage === null && l.stage <= 5)
    .sort((a, b) => (a.id < b.id ? -1 : 1))[0];
  if (!link) throw new Error('the sample has no supplier link that can move');
  return link;
}

export async function openSyncView(page: Page): Promise<void> {
  await page.locator('[data-testid="nav-sync"]').click();
  await page.locator('[data-testid="sync-view"] [data-testid="sync-binding"]').waitFor();
}

export async function createIdentity(page: Page, name: string): Promise<string> {
  await page.locator('[data-testid="sync-tab-settings"]').click();
  await page.locator('[data-testid="identity-name-input"]').fill(name);
  await page.locator('[data-testid="identity-create"]').click();
  const fingerprint = page.locator('[data-testid="identity-fingerprint"]');
  await fingerprint.waitFor();
  return (await fingerprint.textContent()) ?? '';
}

/** Peers tab → the party's row → Invite / Send update: the preview, before anything is written. */
export async function openSendDialog(page: Page, partyId: string): Promise<void> {
  await page.locator('[data-testid="sync-tab-peers"]').click();
  await page
    .locator(`[data-testid="peer-row"][data-party-id="${partyId}"] [data-testid="peer-send"]`)
    .click();
  await page.locator('[data-testid="send-preview"]').waitFor();
}

/** Save the previewed packet where the test says (the save dialog's answer). */
export async function savePacket(app: PartyApp, file: string): Promise<void> {
  app.answerNextDialog(file);
  await app.page.locator('[data-testid="send-save"]').click();
  await app.page.locator('[data-testid="send-dialog"]').waitFor({ state: 'detached' });
  if (!fs.existsSync(file)) throw new Error(`${file} was not written`);
}

/** Flip one byte inside the first change set's stored data: its signed digest no longer holds. */
export function tamper(bytes: Buffer): Buffer {
  const name = Buffer.from('changes/000001.jsonl');
  // The name right after a local file header (the manifest also lists it, as text).
  let at = bytes.indexOf(name);
  while (at >= 0 && !(at >= 30 && bytes.readUInt32LE(at - 30) === 0x04034b50)) {
    at = bytes.indexOf(name, at + 1);
  }
  if (at < 0) throw new Error('no change set in the packet');
  const extraLength = bytes.readUInt16LE(at - 2);
  const index = at + name.length + extraLength + 10;
  const copy = Buffer.from(bytes);
  copy[index] = (copy[index] ?? 0) ^ 0xff;
  return copy;
}

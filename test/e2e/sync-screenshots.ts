// Part of `npm run screenshots`: the sync views between a maker and a supplier, in Chinese and
// English — the send preview, the join dialog, the sender check, the import preview, the
// conflicts list and the resolve dialog, settings, and the inbox with a quarantined packet.
// Writes build/screenshots/sync-<view>-<locale>.png.
import fs from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Locale } from '../../shared/i18n/locales.js';
import { findChromium } from './harness/chromium.js';
import { REPO_ROOT } from './harness/paths.js';
import { dropFile, twoParties, type PartyApp } from './harness/two-parties.js';
import {
  openSendDialog,
  openSyncView,
  prepareMaker,
  savePacket,
  supplierLink,
  tamper,
} from './sync-flow.js';
import { expandSnapshot } from '../../shared/model/snapshot-columns.js';

const OUT_DIR = path.join(REPO_ROOT, 'build/screenshots');
const VIEWPORT = { width: 1280, height: 800 };
const SHOWN_LOCALES: readonly Locale[] = ['zh-Hans', 'en'];

async function capture(page: Page, view: string, locale: Locale): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForTimeout(300);
  const file = path.join(OUT_DIR, `sync-${view}-${locale}.png`);
  await page.screenshot({ path: file });
  console.log(path.relative(REPO_ROOT, file));
}

/** Each identity is named as its party is in the project, so the pictures tell one story. */
async function makerSetUp(services: PartyApp['services'], dir: string) {
  await prepareMaker(services, dir);
  const snapshot = await services.handlers['project.load'](undefined).then(expandSnapshot);
  const maker = snapshot.parties.find((p) => p.id === snapshot.project.makerPartyId);
  await services.handlers['identity.create']({ name: maker?.name ?? 'Maker' });
  await services.handlers['sync.enable'](undefined);
}

async function walk(maker: PartyApp, supplier: PartyApp, locale: Locale): Promise<void> {
  const link = await supplierLink(maker);
  const today = new Date().toISOString().slice(0, 10);
  await openSyncView(maker.page);
  await maker.page.locator('[data-testid="sync-tab-peers"]').click();
  await capture(maker.page, 'peers', locale);
  await openSendDialog(maker.page, link.partyId);
  await capture(maker.page, 'send', locale);
  const invitation = path.join(maker.dir, 'invitation.longmai-packet');
  await savePacket(maker, invitation);

  const party = (
    await maker.services.handlers['project.load'](undefined).then(expandSnapshot)
  ).parties.find((p) => p.id === link.partyId);
  await supplier.services.handlers['identity.create']({ name: party?.name ?? 'Supplier' });
  await dropFile(supplier.page, 'invitation.longmai-packet', fs.readFileSync(invitation));
  await supplier.page.locator('[data-testid="join-confirm"]').waitFor();
  await capture(supplier.page, 'join', locale);
  supplier.answerNextDialog(path.join(supplier.dir, 'copy.longmai'));
  await supplier.page.locator('[data-testid="join-confirm"]').click();
  await supplier.page.locator('[data-testid="sync-binding"][data-state="bound"]').waitFor();

  const pdf = Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64');
  await supplier.services.handlers['link.report']({
    linkId: link.id,
    toStage: link.stage + 1,
    date: today,
    evidence: [{ fileName: 'bench-test-report.pdf', bytesBase64: pdf }],
  });
  // Both change the same lead time at once: the import will keep both values as a conflict.
  const lead = link.leadTimeWeeks ?? 10;
  await supplier.services.handlers['link.update']({
    id: link.id,
    patch: { leadTimeWeeks: lead + 6 },
  });
  await maker.services.handlers['link.update']({ id: link.id, patch: { leadTimeWeeks: lead + 2 } });
  const makerId = (await supplier.services.handlers['project.load'](undefined).then(expandSnapshot))
    .project.makerPartyId;
  const back = path.join(supplier.dir, 'update.longmai-packet');
  await supplier.services.handlers['sync.exportPacket']({
    partyId: makerId,
    destination: 'file',
    path: back,
  });

  maker.answerNextDialog(back);
  await maker.page.locator('[data-testid="sync-open-packet"]').click();
  await maker.page.locator('[data-testid="confirm-match"]').waitFor();
  await capture(maker.page, 'confirm', locale);
  await maker.page.locator('[data-testid="confirm-match"]').click();
  await maker.page.locator('[data-testid="preview-changes"]').waitFor();
  await capture(maker.page, 'preview', locale);
  await maker.page.locator('[data-testid="preview-apply"]').click();
  await maker.page.locator('[data-testid="packet-preview"]').waitFor({ state: 'detached' });
  await maker.page.locator('[data-testid="sync-tab-conflicts"]').click();
  await maker.page.locator('[data-testid="conflict-row"]').waitFor();
  await capture(maker.page, 'conflicts', locale);
  await maker.page.locator('[data-testid="conflict-resolve"]').click();
  await maker.page.locator('[data-testid="resolve-dialog"]').waitFor();
  await capture(maker.page, 'resolve', locale);
  await maker.page.locator('[data-testid="resolve-cancel"]').click();

  const shared = fs.mkdtempSync(path.join(maker.dir, 'shared-'));
  await maker.page.locator('[data-testid="sync-tab-settings"]').click();
  maker.answerNextDialog(shared);
  await maker.page.locator('[data-testid="exchange-choose"]').click();
  await maker.page.locator('[data-testid="exchange-folder"]').waitFor();
  await capture(maker.page, 'settings', locale);
  fs.writeFileSync(path.join(shared, 'damaged.longmai-packet'), tamper(fs.readFileSync(back)));
  await maker.page.locator('[data-testid="sync-tab-inbox"]').click();
  await maker.page.locator('[data-testid="quarantined-item"]').waitFor({ timeout: 15_000 });
  await capture(maker.page, 'inbox', locale);
}

async function main(): Promise<void> {
  const chromium = findChromium();
  if (chromium.path === null) throw new Error(chromium.reason);
  await mkdir(OUT_DIR, { recursive: true });
  for (const locale of SHOWN_LOCALES) {
    const parties = await twoParties(chromium.path);
    try {
      const maker = await parties.start({
        name: 'maker',
        locale,
        viewport: VIEWPORT,
        prepare: makerSetUp,
      });
      const supplier = await parties.start({ name: 'supplier', locale, viewport: VIEWPORT });
      await walk(maker, supplier, locale);
      const problems = [...maker.problems(), ...supplier.problems()];
      if (problems.length) throw new Error(`the pages reported problems:\n${problems.join('\n')}`);
    } finally {
      await parties.close();
    }
  }
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
}

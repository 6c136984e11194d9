import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { translate } from '../../shared/i18n/translate.js';
import type { SupplyLink } from '../../shared/model/index.js';
import { describeE2E, findChromium, invokeInPage } from './harness/index.js';
import { dropFile, twoParties, type PartyApp, type TwoParties } from './harness/two-parties.js';
import {
  MAKER_NAME,
  SUPPLIER_NAME,
  createIdentity,
  openSendDialog,
  openSyncView,
  prepareMaker,
  savePacket,
  supplierLink,
  tamper,
} from './sync-flow.js';
import { expandSnapshot } from '../../shared/model/snapshot-columns.js';

/**
 * A maker and a supplier, each with its own home and project file, in the real renderer:
 * invitation → join → the supplier reports a stage with evidence → packet back → preview →
 * apply → a conflict is created and resolved → exchange-folder pickup → a tampered packet
 * is quarantined with its reason. The maker works in Chinese, the supplier in English.
 */
describeE2E('sync between a maker and a supplier', () => {
  let parties: TwoParties | null = null;
  let maker: PartyApp;
  let supplier: PartyApp;
  let link: SupplyLink;
  let makerFingerprint = '';
  let supplierFingerprint = '';
  let shared = '';
  // Two lead times that differ from each other and from the link's own.
  const makerWeeks = () => (link.leadTimeWeeks ?? 10) + 2;
  const supplierWeeks = () => (link.leadTimeWeeks ?? 10) + 6;

  beforeAll(async () => {
    const chromium = findChromium();
    if (chromium.path === null) throw new Error(chromium.reason);
    parties = await twoParties(chromium.path);
    maker = await parties.start({ name: 'maker', locale: 'zh-Hans', prepare: prepareMaker });
    supplier = await parties.start({ name: 'supplier', locale: 'en' });
    link = await supplierLink(maker);
    shared = fs.mkdtempSync(path.join(maker.dir, 'shared-'));
  });
  afterAll(async () => {
    await parties?.close();
  });

  test('the maker creates an identity, turns sync on and sees the invitation before writing it', async () => {
    await openSyncView(maker.page);
    makerFingerprint = await createIdentity(maker.page, MAKER_NAME);
    expect(makerFingerprint).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){3}$/);
    await expect(
      maker.page.locator('[data-testid="identity-protection"]').textContent(),
    ).resolves.toBe(translate('zh-Hans', 'sync.identity.protection.file'));
    await maker.page.locator('[data-testid="sync-enable"]').click();
    await maker.page.locator('[data-testid="sync-binding"][data-state="bound"]').waitFor();
    await openSendDialog(maker.page, link.partyId);
    await expect(
      maker.page.locator('[data-testid="send-preview"]').getAttribute('data-kind'),
    ).resolves.toBe('invitation');
    const changes = Number(await maker.page.locator('[data-testid="send-changes"]').textContent());
    expect(changes).toBeGreaterThan(0);
    await expect(
      maker.page.locator('[data-testid="send-fingerprint"]').textContent(),
    ).resolves.toBe(makerFingerprint);
    expect(fs.readdirSync(maker.dir).filter((f) => f.endsWith('.longmai-packet'))).toEqual([]);
    await savePacket(maker, path.join(maker.dir, 'invitation.longmai-packet'));
    expect(maker.asked.at(-1)?.purpose).toBe('save-packet');
    await maker.page
      .locator(
        `[data-testid="peer-row"][data-party-id="${link.partyId}"] [data-testid="peer-state"][data-state="invited"]`,
      )
      .waitFor();
  });

  test('the supplier drops the invitation, checks the fingerprint and joins into its own file', async () => {
    const bytes = fs.readFileSync(path.join(maker.dir, 'invitation.longmai-packet'));
    await dropFile(supplier.page, 'invitation.longmai-packet', bytes);
    const dialog = supplier.page.locator('[data-testid="packet-preview"]');
    await dialog.locator('[data-testid="join-view"]').waitFor();
    await expect(dialog.locator('[data-testid="join-fingerprint"]').textContent()).resolves.toBe(
      makerFingerprint,
    );
    await dialog.locator('[data-testid="join-identity-name"]').fill(SUPPLIER_NAME);
    await dialog.locator('[data-testid="join-identity-create"]').click();
    const copy = path.join(supplier.dir, 'my-copy.longmai');
    supplier.answerNextDialog(copy);
    await dialog.locator('[data-testid="join-confirm"]').click();
    await supplier.page.locator('[data-testid="sync-binding"][data-state="bound"]').waitFor();
    expect(supplier.asked.at(-1)?.purpose).toBe('save-replica');
    expect(fs.existsSync(copy)).toBe(true);
    await expect(
      supplier.page.locator('[data-testid="project-title"]').textContent(),
    ).resolves.toBe('五轴立式加工中心');
    supplierFingerprint = await createIdentityFingerprint(supplier);
  });

  test('the supplier reports the next stage with a test report as evidence, from the board', async () => {
    await supplier.page.locator('[data-testid="nav-board"]').click();
    const card = supplier.page.locator(`[data-testid="board-card"][data-link-id="${link.id}"]`);
    await card.locator('[data-testid="card-menu-button"]').click();
    await supplier.page.locator('[data-testid="card-menu-report"]').click();
    await supplier.page.locator('[data-testid="move-evidence"]').setInputFiles({
      name: 'bench-test-report.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% bench test report\n%%EOF\n'),
    });
    await supplier.page.locator('[data-testid="move-submit"]').click();
    await card.locator('[data-testid="card-claim"]').waitFor();
  });

  test('both change the same lead time at once, and the supplier sends its update back', async () => {
    const mine = await invokeInPage(supplier.page, 'link.update', {
      id: link.id,
      patch: { leadTimeWeeks: supplierWeeks() },
    });
    expect(mine.ok).toBe(true);
    const theirs = await invokeInPage(maker.page, 'link.update', {
      id: link.id,
      patch: { leadTimeWeeks: makerWeeks() },
    });
    expect(theirs.ok).toBe(true);
    await openSyncView(supplier.page);
    const makerId = (await maker.services.handlers['project.load'](undefined).then(expandSnapshot))
      .project.makerPartyId;
    await openSendDialog(supplier.page, makerId);
    await expect(
      supplier.page.locator('[data-testid="send-preview"]').getAttribute('data-kind'),
    ).resolves.toBe('update');
    await savePacket(supplier, path.join(supplier.dir, 'update-1.longmai-packet'));
  });

  test('the maker confirms the supplier, previews the stage move and the conflict, and applies', async () => {
    maker.answerNextDialog(path.join(supplier.dir, 'update-1.longmai-packet'));
    await maker.page.locator('[data-testid="sync-open-packet"]').click();
    const dialog = maker.page.locator('[data-testid="packet-preview"]');
    await expect(dialog.locator('[data-testid="sender-fingerprint"]').textContent()).resolves.toBe(
      supplierFingerprint,
    );
    await dialog.locator('[data-testid="confirm-match"]').click();
    await dialog.locator('[data-testid="preview-changes"]').waitFor();
    const move = dialog.locator('[data-testid="preview-stage-move"]');
    await expect(move.count()).resolves.toBe(1);
    await expect(move.textContent()).resolves.toContain('bench-test-report.pdf');
    await expect(dialog.locator('[data-testid="preview-conflict"]').count()).resolves.toBe(1);
    const before = await maker.services.handlers['project.load'](undefined).then(expandSnapshot);
    expect(before.links.find((l) => l.id === link.id)?.reportedStage).toBeNull();
    await dialog.locator('[data-testid="preview-apply"]').click();
    await dialog.waitFor({ state: 'detached' });
    const after = await maker.services.handlers['project.load'](undefined).then(expandSnapshot);
    expect(after.links.find((l) => l.id === link.id)?.reportedStage).toBe(link.stage + 1);
    expect(after.evidence.some((e) => e.fileName === 'bench-test-report.pdf')).toBe(true);
  });

  test('the conflict shows on the need node and is resolved with every value, author and time', async () => {
    await maker.page.locator('[data-testid="nav-graph"]').click();
    await maker.page
      .locator(
        `[data-testid="need-node"][data-node-id="${link.nodeId}"] [data-testid="conflict-badge"]`,
      )
      .waitFor({ state: 'attached' });
    await openSyncView(maker.page);
    await maker.page.locator('[data-testid="sync-tab-conflicts"]').click();
    await maker.page.locator('[data-testid="conflict-resolve"]').click();
    const dialog = maker.page.locator('[data-testid="resolve-dialog"]');
    const values = await dialog.locator('[data-testid="candidate-value"]').allTextContents();
    expect(values.sort()).toEqual([String(makerWeeks()), String(supplierWeeks())].sort());
    const authors = await dialog.locator('[data-testid="candidate-author"]').allTextContents();
    expect(authors.some((a) => a.includes('华东机床集团'))).toBe(true);
    const supplierCandidate = dialog.locator('[data-testid="resolve-candidate"]').filter({
      has: maker.page.locator('[data-testid="candidate-value"]', {
        hasText: new RegExp(`^${String(supplierWeeks())}$`),
      }),
    });
    await supplierCandidate.locator('[data-testid="resolve-choose"]').click();
    await maker.page.locator('[data-testid="conflicts-empty"]').waitFor();
    const after = await maker.services.handlers['project.load'](undefined).then(expandSnapshot);
    expect(after.links.find((l) => l.id === link.id)?.leadTimeWeeks).toBe(supplierWeeks());
  });

  test('packets travel through a shared exchange folder and are picked up and applied', async () => {
    for (const app of [maker, supplier]) {
      await app.page.locator('[data-testid="sync-tab-settings"]').click();
      app.answerNextDialog(shared);
      await app.page.locator('[data-testid="exchange-choose"]').click();
      await app.page.locator('[data-testid="exchange-folder"]').waitFor();
    }
    await maker.page.locator('[data-testid="exchange-auto-apply"]').check();
    const changed = await invokeInPage(supplier.page, 'link.update', {
      id: link.id,
      patch: { recoveryTimeWeeks: 9 },
    });
    expect(changed.ok).toBe(true);
    await openSendDialog(
      supplier.page,
      (await maker.services.handlers['project.load'](undefined).then(expandSnapshot)).project
        .makerPartyId,
    );
    await supplier.page.locator('[data-testid="send-to-folder"]').click();
    await supplier.page.locator('[data-testid="send-dialog"]').waitFor({ state: 'detached' });
    await expect
      .poll(
        async () =>
          (
            await maker.services.handlers['project.load'](undefined).then(expandSnapshot)
          ).links.find((l) => l.id === link.id)?.recoveryTimeWeeks,
        { timeout: 15_000 },
      )
      .toBe(9);
  });

  test('a tampered packet in the exchange folder is quarantined with a note saying why', async () => {
    const original = fs.readFileSync(path.join(supplier.dir, 'update-1.longmai-packet'));
    fs.writeFileSync(path.join(shared, 'tampered.longmai-packet'), tamper(original));
    const note = path.join(shared, 'quarantine', 'tampered.longmai-packet.txt');
    await expect.poll(() => fs.existsSync(note), { timeout: 15_000 }).toBe(true);
    const text = fs.readFileSync(note, 'utf8');
    expect(text).toContain('Code: E_HASH_MISMATCH');
    expect(text).toContain(translate('zh-Hans', 'error.E_HASH_MISMATCH'));
    expect(fs.existsSync(path.join(shared, 'tampered.longmai-packet'))).toBe(false);
    await maker.page.locator('[data-testid="sync-tab-inbox"]').click();
    await expect(
      maker.page.locator('[data-testid="quarantined-item"]').first().textContent(),
    ).resolves.toContain('E_HASH_MISMATCH');
  });

  test('neither page reported a problem', () => {
    expect([...maker.problems(), ...supplier.problems()]).toEqual([]);
  });
});

async function createIdentityFingerprint(app: PartyApp): Promise<string> {
  const state = await app.services.handlers['identity.get'](undefined);
  return state.identity?.fingerprint ?? '';
}

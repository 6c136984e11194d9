import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { samplePdf } from '../../electron/services/sample/evidence-files.js';
import { translate } from '../../shared/i18n/index.js';
import { describeE2E, startApp, type AppHandle } from './harness/index.js';
import { needNodeCard } from './graph-page.js';
import {
  boardCard,
  cardMenu,
  fillMove,
  load,
  moveByKeyboard,
  openBoard,
  sampleLink,
  submitMove,
} from './qualification-page.js';

const STEP_TIMEOUT_MS = 15_000;
const SAFETY = { code: 'Functional safety certification (IEC 61508)', party: '中原精密计量研究院' };
const CNC = { code: 'CNC controller unit', party: '启明数控系统有限公司' };
const DRAWBAR = { code: 'Drawbar and tool clamping unit', party: '南陵精密传动有限公司' };

const report = (step: number) => ({
  name: `report-${String(step)}.pdf`,
  mimeType: 'application/pdf',
  buffer: samplePdf([`Stage ${String(step)} report`]),
});

describeE2E('qualifying supply links in the app', () => {
  let app: AppHandle | null = null;
  const running = (): AppHandle => {
    if (!app) throw new Error('the app did not start');
    return app;
  };
  let safetyLinkId = '';

  beforeAll(async () => {
    app = await startApp({ locale: 'en' });
    app.page.setDefaultTimeout(STEP_TIMEOUT_MS);
  });
  afterAll(async () => {
    await app?.close();
  });

  test('moves a link through every stage with evidence, by keyboard, menu and drag', async () => {
    const { page } = running();
    const link = await sampleLink(running(), SAFETY.code, SAFETY.party);
    safetyLinkId = link.id;
    expect(link.stage).toBe(0);
    await openBoard(page);
    for (let step = 1; step <= 7; step += 1) {
      let dialog;
      if (step === 6) {
        await cardMenu(page, link.id, 'next');
        dialog = page.getByTestId('move-dialog');
      } else if (step === 7) {
        await boardCard(page, link.id).dragTo(
          page.locator('[data-testid="board-column"][data-stage="7"]'),
        );
        dialog = page.getByTestId('move-dialog');
      } else {
        dialog = await moveByKeyboard(page, link.id);
      }
      await expect(dialog.getByTestId('move-stage').inputValue()).resolves.toBe(String(step));
      await fillMove(dialog, {
        date: `2026-12-0${String(step)}`,
        comment: `step ${String(step)}`,
        files: [report(step)],
      });
      await expect(submitMove(page)).resolves.toBeNull();
      await page
        .locator(
          `[data-testid="board-column"][data-stage="${String(step)}"] [data-link-id="${link.id}"]`,
        )
        .waitFor();
    }
    const snapshot = await load(running());
    expect(snapshot.links.find((l) => l.id === link.id)?.stage).toBe(7);
    const moves = snapshot.transitions
      .filter((t) => t.linkId === link.id && t.date >= '2026-12-01')
      .sort((a, b) => (a.date < b.date ? -1 : 1));
    expect(moves.map((t) => t.toStage)).toEqual([
      'key_tech_rd',
      'product_design',
      'samples',
      'test_verification',
      'small_batch',
      'batch_supply',
      'demonstration',
    ]);
    for (const move of moves) {
      expect(snapshot.evidence.filter((e) => e.transitionId === move.id)).toHaveLength(1);
    }
  });

  test('opens a move’s evidence from the timeline with the bytes that were stored', async () => {
    const { page } = running();
    await cardMenu(page, safetyLinkId, 'timeline');
    await page.getByTestId('timeline-view').waitFor();
    const newest = page.getByTestId('evidence-open').first();
    await expect(newest.innerText()).resolves.toBe('report-7.pdf');
    const sha256 = (await newest.getAttribute('data-sha256')) ?? '';
    await newest.click();
    const file = path.join(os.tmpdir(), 'longmai-evidence', sha256.slice(0, 32), 'report-7.pdf');
    await expect.poll(() => existsSync(file), { timeout: STEP_TIMEOUT_MS }).toBe(true);
    expect(readFileSync(file).equals(report(7).buffer)).toBe(true);
  });

  test('approves a supplier’s reported claim so the official stage follows it', async () => {
    const { page } = running();
    const link = await sampleLink(running(), CNC.code, CNC.party);
    expect([link.stage, link.reportedStage]).toEqual([4, 5]);
    await openBoard(page);
    await expect(boardCard(page, link.id).getByTestId('card-claim').innerText()).resolves.toContain(
      'Small-batch trial',
    );
    await cardMenu(page, link.id, 'approve');
    const dialog = page.getByTestId('move-dialog');
    await expect(dialog.getByTestId('move-stage').isDisabled()).resolves.toBe(true);
    await fillMove(dialog, { date: '2026-12-01', comment: 'Claim checked on site' });
    await expect(submitMove(page)).resolves.toBeNull();
    const snapshot = await load(running());
    expect(snapshot.links.find((l) => l.id === link.id)?.stage).toBe(5);
    const approval = snapshot.transitions.find(
      (t) => t.linkId === link.id && t.kind === 'approved' && t.date === '2026-12-01',
    );
    const claim = snapshot.transitions.find((t) => t.id === approval?.approvesId);
    expect(claim).toMatchObject({
      kind: 'reported',
      toStage: 'small_batch',
      byPartyId: link.partyId,
    });
    await page
      .locator(`[data-testid="board-column"][data-stage="5"] [data-link-id="${link.id}"]`)
      .waitFor();
    await expect(boardCard(page, link.id).getByTestId('card-claim').count()).resolves.toBe(0);
  });

  test('flags a link overdue once the target of its next stage has passed', async () => {
    const { page } = running();
    const link = await sampleLink(running(), DRAWBAR.code, DRAWBAR.party);
    await page.getByTestId('nav-graph').click();
    await needNodeCard(page, link.nodeId).click();
    const row = page.locator(`[data-testid="supplier-row"][data-link-id="${link.id}"]`);
    await row.getByTestId('supplier-toggle').click();
    await row.getByTestId('link-next-target').fill('2020-01-31');
    await expect
      .poll(async () => (await load(running())).links.find((l) => l.id === link.id)?.stageTargets)
      .toBe('{"small_batch":"2020-01-31"}');
    await openBoard(page);
    await page.getByTestId('board-filter-overdue').check();
    const card = boardCard(page, link.id);
    await expect(card.getAttribute('data-overdue')).resolves.toBe('true');
    await expect(card.getByTestId('card-overdue').innerText()).resolves.toBe(
      translate('en', 'board.overdue', { date: '2020-01-31' }),
    );
    const flags = await page
      .getByTestId('board-card')
      .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-overdue')));
    expect(new Set(flags)).toEqual(new Set(['true']));
    await page.getByTestId('board-filter-overdue').uncheck();
    expect(running().problems()).toEqual([]);
  });
});

import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { samplePdf } from '../../electron/services/sample/evidence-files.js';
import { translate, type MessageKey, type MessageParams } from '../../shared/i18n/index.js';
import { MAX_EVIDENCE_BYTES } from '../../shared/model/evidence.js';
import { describeE2E, startApp, type AppHandle } from './harness/index.js';
import { fillMove, load, moveByKeyboard, openBoard, submitMove } from './qualification-page.js';
import {
  PREVIOUS_MOVE,
  createRefusalProject,
  type RefusalProject,
} from './qualification-project.js';

const STEP_TIMEOUT_MS = 15_000;
const zh = (key: MessageKey, params?: MessageParams) => translate('zh-Hans', key, params);

describeE2E('refusing bad qualification input in the user’s language', () => {
  let app: AppHandle | null = null;
  let project: RefusalProject | null = null;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'longmai-refusals-'));
  const running = () => {
    if (!app || !project) throw new Error('the app did not start');
    return { app, project, page: app.page };
  };
  /** What the services hold for the maker's link: nothing may change on a refusal. */
  const makerLinkState = async () => {
    const snapshot = await load(running().app);
    const id = running().project.makerLinkId;
    return {
      stage: snapshot.links.find((l) => l.id === id)?.stage,
      moves: snapshot.transitions.filter((t) => t.linkId === id).length,
      files: snapshot.evidence.length,
    };
  };
  const refusedMove = async (fields: Parameters<typeof fillMove>[1], linkId?: string) => {
    const { page, project: p } = running();
    const dialog = await moveByKeyboard(page, linkId ?? p.makerLinkId);
    await fillMove(dialog, fields);
    const refusal = await submitMove(page);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    return refusal;
  };

  beforeAll(async () => {
    project = createRefusalProject(dir);
    app = await startApp({ locale: 'zh-Hans', projectPath: project.path });
    app.page.setDefaultTimeout(STEP_TIMEOUT_MS);
    await openBoard(app.page);
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('refuses an evidence file over the size limit before reading it', async () => {
    const before = await makerLinkState();
    // A sparse file on disk: handed over by path, as a user's file is, not pushed through the
    // test connection byte by byte.
    const huge = path.join(dir, 'scan.pdf');
    writeFileSync(huge, '');
    truncateSync(huge, MAX_EVIDENCE_BYTES + 1);
    await expect(refusedMove({ date: '2026-07-01', files: [huge] })).resolves.toBe(
      zh('error.E_EVIDENCE_TOO_LARGE', { fileName: 'scan.pdf', sizeMb: '25.0', limitMb: 25 }),
    );
    await expect(makerLinkState()).resolves.toEqual(before);
  });

  test('refuses a program dressed up as a PDF, judged by its content', async () => {
    const before = await makerLinkState();
    const program = {
      name: 'report.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('MZ\0\0program'),
    };
    await expect(refusedMove({ date: '2026-07-01', files: [program] })).resolves.toBe(
      zh('error.E_EVIDENCE_TYPE', { fileName: 'report.pdf' }),
    );
    await expect(makerLinkState()).resolves.toEqual(before);
  });

  test('refuses an evidence file that vanished after it was chosen', async () => {
    const before = await makerLinkState();
    const file = path.join(dir, 'gone.pdf');
    writeFileSync(file, samplePdf(['soon gone']));
    const { page, project: p } = running();
    const dialog = await moveByKeyboard(page, p.makerLinkId);
    await fillMove(dialog, { date: '2026-07-01', files: [file] });
    rmSync(file);
    await expect(submitMove(page)).resolves.toBe(
      zh('error.E_EVIDENCE_MISSING', { fileName: 'gone.pdf' }),
    );
    await page.keyboard.press('Escape');
    await expect(makerLinkState()).resolves.toEqual(before);
  });

  test('refuses a date before the link’s previous stage move', async () => {
    const before = await makerLinkState();
    await expect(refusedMove({ date: '2026-05-31' })).resolves.toBe(
      zh('error.E_DATE_BEFORE_PREVIOUS', { date: '2026-05-31', previous: PREVIOUS_MOVE }),
    );
    await expect(makerLinkState()).resolves.toEqual(before);
  });

  test('refuses setting the official stage of a link the maker does not own', async () => {
    const { project: p } = running();
    await expect(refusedMove({ date: '2026-07-01' }, p.supplierLinkId)).resolves.toBe(
      zh('error.E_STAGE_FORBIDDEN', { owner: p.supplierName }),
    );
    const snapshot = await load(running().app);
    expect(snapshot.links.find((l) => l.id === p.supplierLinkId)?.stage).toBe(0);
    expect(snapshot.transitions.filter((t) => t.linkId === p.supplierLinkId)).toEqual([]);
  });

  test('refuses a template switch that would orphan links, then switches with the preview’s mapping', async () => {
    const { page } = running();
    await page.getByTestId('stages-open').click();
    const dialog = page.getByTestId('stages-dialog');
    await dialog.getByTestId('stages-template').selectOption('apqp');
    const orphanRow = dialog.locator('[data-testid="preview-row"]').nth(1);
    await orphanRow.getByTestId('preview-map').selectOption('');
    await expect
      .poll(() => dialog.getByTestId('preview-summary').innerText())
      .toBe(zh('stages.previewOrphans', { count: 1 }));
    await dialog.getByTestId('stages-apply').click();
    await expect(dialog.getByTestId('stages-error').innerText()).resolves.toBe(
      zh('error.E_TEMPLATE_ORPHANS_LINKS', {
        count: 1,
        stages: [zh('stage.oneDragon.key_tech_rd')],
      }),
    );
    expect((await load(running().app)).project.stageTemplate).toBe('one_dragon');

    await orphanRow.getByTestId('preview-map').selectOption('apqp_plan');
    await expect
      .poll(() => dialog.getByTestId('preview-summary').innerText())
      .toBe(zh('stages.previewOk', { count: 2 }));
    await dialog.getByTestId('stages-apply').click();
    await dialog.waitFor({ state: 'detached' });
    await expect(page.getByTestId('board-column').count()).resolves.toBe(5);
    const snapshot = await load(running().app);
    expect(snapshot.project.stageTemplate).toBe('apqp');
    expect(snapshot.links.find((l) => l.id === running().project.makerLinkId)?.stage).toBe(0);
    expect(running().app.problems()).toEqual([]);
  });
});

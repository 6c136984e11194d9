import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportEvidence } from '../../electron/services/qualification/evidence-export.js';
import { readEvidenceFile } from '../../electron/services/qualification/evidence.js';
import { approveLink, moveLink, reportLink } from '../../electron/services/qualification/moves.js';
import { MAX_EVIDENCE_BYTES } from '../../shared/model/evidence.js';
import { errorOf, tempDir } from '../services/helpers.js';
import { EXE, PDF, PNG, base64 } from './files.js';
import { qualificationBench } from './setup.js';

const pdf = { fileName: 'test report.pdf', bytesBase64: base64(PDF) };

describe('moving a supply link through its stages', () => {
  it('records the move with its date, author, comment, test platform and evidence', () => {
    const { store, maker, platform, link } = qualificationBench();
    const result = moveLink(store, {
      linkId: link.id,
      toStage: 1,
      date: '2025-03-01',
      comment: 'R&D project started',
      testPlatformPartyId: platform.id,
      evidence: [pdf, { fileName: 'photo.png', bytesBase64: base64(PNG) }],
    });
    expect(result.link.stage).toBe(1);
    expect(result.transition).toMatchObject({
      kind: 'approved',
      fromStage: 'need_identified',
      toStage: 'key_tech_rd',
      date: '2025-03-01',
      byPartyId: maker,
      comment: 'R&D project started',
      testPlatformPartyId: platform.id,
    });
    expect(result.evidence.map((e) => [e.fileName, e.mime, e.size])).toEqual([
      ['photo.png', 'image/png', PNG.length],
      ['test report.pdf', 'application/pdf', PDF.length],
    ]);
    expect(store.qualification.blobCount()).toBe(2);
  });

  it('stores the same file once, however often it is attached', () => {
    const { store, link } = qualificationBench();
    moveLink(store, { linkId: link.id, toStage: 1, date: '2025-01-01', evidence: [pdf] });
    const second = moveLink(store, {
      linkId: link.id,
      toStage: 2,
      date: '2025-02-01',
      evidence: [{ ...pdf, fileName: 'copy.pdf' }],
    });
    expect(store.snapshot().evidence).toHaveLength(2);
    expect(store.qualification.blobCount()).toBe(1);
    expect(second.evidence[0]?.sha256).toBe(store.snapshot().evidence[0]?.sha256);
  });

  it('refuses a date before the previous move and writes nothing', () => {
    const { store, link } = qualificationBench();
    moveLink(store, { linkId: link.id, toStage: 1, date: '2025-06-01' });
    const ops = store.ops().length;
    const error = errorOf(() =>
      moveLink(store, { linkId: link.id, toStage: 2, date: '2025-05-31', evidence: [pdf] }),
    );
    expect(error.code).toBe('E_DATE_BEFORE_PREVIOUS');
    expect(error.params).toEqual({ date: '2025-05-31', previous: '2025-06-01' });
    expect(store.ops().length).toBe(ops);
    expect(store.qualification.blobCount()).toBe(0);
  });

  it('refuses a file of a refused type even with an accepted name, and one over the limit', () => {
    const { store, link } = qualificationBench();
    const disguised = { fileName: 'report.pdf', bytesBase64: base64(EXE) };
    expect(
      errorOf(() =>
        moveLink(store, {
          linkId: link.id,
          toStage: 1,
          date: '2025-01-01',
          evidence: [pdf, disguised],
        }),
      ).code,
    ).toBe('E_EVIDENCE_TYPE');
    const huge = {
      fileName: 'scan.pdf',
      bytesBase64: 'A'.repeat(((MAX_EVIDENCE_BYTES + 3) / 3) * 4 + 8),
    };
    const tooLarge = errorOf(() =>
      moveLink(store, { linkId: link.id, toStage: 1, date: '2025-01-01', evidence: [huge] }),
    );
    expect(tooLarge.code).toBe('E_EVIDENCE_TOO_LARGE');
    expect(tooLarge.params).toMatchObject({ fileName: 'scan.pdf', limitMb: 25 });
    expect(store.link(link.id)?.stage).toBe(0);
    expect(store.qualification.blobCount()).toBe(0);
  });

  it('refuses an upload that did not arrive as base64, and an empty file', () => {
    const { store, link } = qualificationBench();
    for (const bytesBase64 of ['not base64!', '']) {
      expect(
        errorOf(() =>
          moveLink(store, {
            linkId: link.id,
            toStage: 1,
            date: '2025-01-01',
            evidence: [{ fileName: 'x.pdf', bytesBase64 }],
          }),
        ).code,
      ).toBe('E_EVIDENCE_UNREADABLE');
    }
  });

  it('refuses a stage outside the project list, the current stage and an impossible date', () => {
    const { store, link } = qualificationBench();
    const move = (toStage: number, date = '2025-01-01') =>
      errorOf(() => moveLink(store, { linkId: link.id, toStage, date })).code;
    expect(move(8)).toBe('E_STAGE_NOT_IN_LIST');
    expect(move(0)).toBe('E_SAME_STAGE');
    expect(move(1, '2025-02-30')).toBe('E_BAD_DATE');
  });

  it('accepts only a test platform or research institute as the verifier', () => {
    const { store, supplier, link } = qualificationBench();
    const error = errorOf(() =>
      moveLink(store, {
        linkId: link.id,
        toStage: 1,
        date: '2025-01-01',
        testPlatformPartyId: supplier.id,
      }),
    );
    expect(error.code).toBe('E_NOT_TEST_PLATFORM');
  });
});

describe('reported and approved stages', () => {
  it('lets the supplier report its stage with evidence but not set the official one', () => {
    const { store, supplier, link } = qualificationBench();
    const acting = { actingParty: supplier.id };
    const report = reportLink(
      store,
      { linkId: link.id, toStage: 3, date: '2025-04-01', evidence: [pdf] },
      acting,
    );
    expect(report.link).toMatchObject({ stage: 0, reportedStage: 3 });
    expect(report.transition).toMatchObject({ kind: 'reported', byPartyId: supplier.id });
    const refused = errorOf(() =>
      moveLink(store, { linkId: link.id, toStage: 3, date: '2025-04-02' }, acting),
    );
    expect(refused.code).toBe('E_STAGE_FORBIDDEN');
    expect(refused.params).toEqual({ owner: 'Test maker' });
    expect(store.link(link.id)?.stage).toBe(0);
  });

  it('moves the official stage to the claim when the maker approves it', () => {
    const { store, supplier, link } = qualificationBench();
    const report = reportLink(
      store,
      { linkId: link.id, toStage: 3, date: '2025-04-01' },
      { actingParty: supplier.id },
    );
    const approval = approveLink(store, { linkId: link.id, date: '2025-04-10', comment: 'OK' });
    expect(approval.link).toMatchObject({ stage: 3, reportedStage: 3 });
    expect(approval.transition).toMatchObject({
      kind: 'approved',
      fromStage: 'need_identified',
      toStage: 'samples',
      approvesId: report.transition.id,
    });
    expect(errorOf(() => approveLink(store, { linkId: link.id, date: '2025-04-11' })).code).toBe(
      'E_NO_PENDING_CLAIM',
    );
  });

  it('keeps a supplier from approving its own claim', () => {
    const { store, supplier, link } = qualificationBench();
    const acting = { actingParty: supplier.id };
    reportLink(store, { linkId: link.id, toStage: 2, date: '2025-04-01' }, acting);
    expect(
      errorOf(() => approveLink(store, { linkId: link.id, date: '2025-04-02' }, acting)).code,
    ).toBe('E_STAGE_FORBIDDEN');
  });
});

describe('evidence files on disk', () => {
  it('writes an evidence file out under its own name with the stored bytes', () => {
    const { store, link } = qualificationBench();
    const { evidence } = moveLink(store, {
      linkId: link.id,
      toStage: 1,
      date: '2025-01-01',
      evidence: [pdf],
    });
    const file = exportEvidence(store, evidence[0]?.id ?? '', tempDir());
    expect(path.basename(file)).toBe('test report.pdf');
    expect(fs.readFileSync(file).equals(PDF)).toBe(true);
  });

  it('adds the extension the content needs when the name says otherwise', () => {
    const { store, link } = qualificationBench();
    const { evidence } = moveLink(store, {
      linkId: link.id,
      toStage: 1,
      date: '2025-01-01',
      evidence: [{ fileName: 'scan.pdf', bytesBase64: base64(PNG) }],
    });
    expect(path.basename(exportEvidence(store, evidence[0]?.id ?? '', tempDir()))).toBe(
      'scan.pdf.png',
    );
  });

  it('names a missing file, a folder and an oversized file apart when reading from disk', () => {
    const dir = tempDir();
    expect(errorOf(() => readEvidenceFile(path.join(dir, 'gone.pdf'))).code).toBe(
      'E_EVIDENCE_MISSING',
    );
    expect(errorOf(() => readEvidenceFile(dir)).code).toBe('E_EVIDENCE_UNREADABLE');
    const big = path.join(dir, 'big.pdf');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, MAX_EVIDENCE_BYTES + 1);
    expect(errorOf(() => readEvidenceFile(big)).code).toBe('E_EVIDENCE_TOO_LARGE');
    const good = path.join(dir, 'ok.pdf');
    fs.writeFileSync(good, PDF);
    expect(readEvidenceFile(good)).toMatchObject({ fileName: 'ok.pdf', mime: 'application/pdf' });
  });
});

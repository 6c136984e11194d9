import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createProjectFile, dumpProject } from '../../electron/services/index.js';
import { isOverdue } from '../../shared/model/overdue.js';
import { parseStages } from '../../shared/model/json-fields.js';

describe('the sample project’s qualification history', () => {
  // One sample for every test here: building it is the slow part.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'longmai-sample-'));
  const store = createProjectFile(path.join(dir, 'sample.longmai'), {
    name: 'Sample',
    makerName: 'Maker',
    sample: true,
  });
  const dump = dumpProject(store);
  afterAll(() => {
    store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('records moves from 2023 to 2026, each link’s in date order', () => {
    const years = new Set(dump.transitions.map((t) => t.date.slice(0, 4)));
    expect([...years].sort()).toEqual(['2023', '2024', '2025', '2026']);
    for (const link of dump.links) {
      const dates = store.qualification.transitionsOfLink(link.id).map((t) => t.date);
      expect(dates).toEqual([...dates].sort());
    }
  });

  it('dumps every transition with the hashes of its evidence, all stored in the file', () => {
    const withEvidence = dump.transitions.filter((t) => t.evidenceSha256.length > 0);
    expect(withEvidence.length).toBeGreaterThan(20);
    for (const transition of withEvidence) {
      for (const sha256 of transition.evidenceSha256) {
        expect(store.qualification.hasBlob(sha256)).toBe(true);
      }
    }
    const mimes = new Set(dump.evidence.map((e) => e.mime));
    expect(mimes).toEqual(new Set(['application/pdf', 'image/png']));
    expect(store.qualification.blobCount()).toBeLessThan(dump.evidence.length);
  });

  it('has supplier claims waiting for approval, reported by the suppliers themselves', () => {
    const pending = dump.links.filter(
      (l) => l.reportedStage !== null && l.reportedStage !== l.stage,
    );
    expect(pending.length).toBeGreaterThanOrEqual(3);
    for (const link of pending) {
      const reports = dump.transitions.filter((t) => t.linkId === link.id && t.kind === 'reported');
      expect(reports.at(-1)?.byPartyId).toBe(link.partyId);
    }
  });

  it('has links overdue in November 2026 and test platforms on verifications', () => {
    const stages = parseStages(dump.project.stages);
    expect(dump.links.filter((l) => isOverdue(l, stages, '2026-11-26')).length).toBeGreaterThan(3);
    expect(dump.transitions.some((t) => t.testPlatformPartyId !== '')).toBe(true);
    expect(dump.parties.filter((p) => p.contacts !== '[]').length).toBeGreaterThan(3);
  });
});

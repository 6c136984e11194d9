import { createHash } from 'node:crypto';
import { templateStages } from '../../../shared/model/templates.js';
import type { FieldChange } from '../../../shared/sync/ops.js';
import { creationChanges } from '../edits/changes.js';
import { newId } from '../ids.js';
import type { ProjectStore } from '../store/index.js';
import { samplePdf, samplePng } from './evidence-files.js';
import { EXTRA_CLAIMS, PROJECT_START, STAGE_COMMENTS, addDays, stepDates } from './history-plan.js';
import { indexSample, type IndexedSampleLink, type SampleIndex } from './sample-index.js';

const STAGES = templateStages('one_dragon');
const key = (stage: number): string => STAGES[stage]?.key ?? '';

/** Collects the changes and blobs of the sample's history, written in one batch per author. */
class HistoryWriter {
  readonly changes = new Map<string, FieldChange[]>();
  readonly lastDates = new Map<string, string>();

  constructor(
    private readonly store: ProjectStore,
    private readonly makerId: string,
  ) {}

  transition(
    link: IndexedSampleLink,
    fields: { kind: 'reported' | 'approved'; from: string; to: number; date: string },
    extra: { comment?: string; testPlatform?: string; author?: string } = {},
  ): string {
    const id = newId();
    const author = extra.author ?? this.makerId;
    this.batch(author).push(
      ...creationChanges('transition', id, {
        linkId: link.link.id,
        kind: fields.kind,
        fromStage: fields.from,
        toStage: key(fields.to),
        date: fields.date,
        byPartyId: author,
        comment: extra.comment ?? '',
        testPlatformPartyId: extra.testPlatform ?? '',
        approvesId: '',
      }),
    );
    this.lastDates.set(link.link.id, fields.date);
    return id;
  }

  evidence(transitionId: string, fileName: string, bytes: Buffer, author = this.makerId): void {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    this.store.qualification.putBlob(sha256, bytes);
    const mime = fileName.endsWith('.png') ? 'image/png' : 'application/pdf';
    this.batch(author).push(
      ...creationChanges('evidence', newId(), {
        transitionId,
        sha256,
        fileName,
        mime,
        size: bytes.length,
        byPartyId: author,
      }),
    );
  }

  batch(author: string): FieldChange[] {
    const list = this.changes.get(author) ?? [];
    this.changes.set(author, list);
    return list;
  }
}

function report(title: string, item: IndexedSampleLink, date: string, result: string): Buffer {
  const english = item.party.notes.split(' — ')[0] ?? item.party.notes;
  return samplePdf([title, item.nodeCode, english, `Date: ${date}`, `Result: ${result}`]);
}

/** Full step-by-step history for a domestic link; one start record for a foreign incumbent. */
function linkHistory(writer: HistoryWriter, item: IndexedSampleLink, sample: SampleIndex): void {
  const { spec } = item;
  if (item.party.country !== sample.home && spec.stage === 7) {
    const date = addDays(PROJECT_START, item.index % 7);
    writer.transition(
      item,
      { kind: 'approved', from: '', to: 7, date },
      {
        comment: '项目启动时已批量供货的在用供应商',
      },
    );
    return;
  }
  const dates = stepDates(item.index, spec.stage);
  const platform = sample.partyId(item.index % 4 === 0 ? 'zhongyuan' : 'huadong');
  // Links long in demonstration keep the gates that matter; the others every step.
  const steps = spec.stage === 7 ? [0, 4, 6, 7] : dates.map((_, step) => step);
  steps.forEach((step, n) => {
    const date = dates[step] ?? PROJECT_START;
    const from = n === 0 ? '' : key(steps[n - 1] ?? 0);
    const id = writer.transition(
      item,
      { kind: 'approved', from, to: step, date },
      { comment: STAGE_COMMENTS[step] ?? '', ...(step === 4 ? { testPlatform: platform } : {}) },
    );
    if (step === 3 && item.index % 5 === 0) {
      writer.evidence(
        id,
        `${item.nodeCode} sample photo.png`,
        samplePng(96, 64, [40, 90, 140], [220, 170, 60]),
      );
    }
    if (step === 4)
      writer.evidence(
        id,
        `${item.nodeCode} test report.pdf`,
        report('Test and verification report', item, date, 'pass'),
      );
    if (step === 6) {
      writer.evidence(
        id,
        `${item.nodeCode} batch approval.pdf`,
        report('Batch supply approval', item, date, 'approved'),
      );
      // The same certificate on every batch approval of a party: stored once (by SHA-256).
      writer.evidence(
        id,
        'ISO 9001 certificate.pdf',
        samplePdf(['ISO 9001:2015 certificate', item.party.notes]),
      );
    }
  });
}

/** A supplier's claim ahead of its official stage, with its own report as evidence. */
function claim(
  writer: HistoryWriter,
  item: IndexedSampleLink,
  to: number,
  date: string,
): FieldChange {
  const author = item.party.id;
  const at = [writer.lastDates.get(item.link.id) ?? date, date].sort()[1] ?? date;
  const id = writer.transition(
    item,
    { kind: 'reported', from: key(item.link.stage), to, date: at },
    {
      comment: '供方申报：已完成本阶段全部验证项目，请整机厂审批',
      author,
    },
  );
  writer.evidence(
    id,
    `${item.nodeCode} self-assessment.pdf`,
    report('Supplier self-assessment', item, at, 'claimed'),
    author,
  );
  return { entity: 'link', entityId: item.link.id, field: 'reportedStage', value: to };
}

/**
 * Give the sample its qualification history: every link's moves from 2023 to 2026 with
 * comments, test platforms and evidence files, and suppliers' claims waiting for approval.
 */
export function addSampleHistory(store: ProjectStore): void {
  const sample = indexSample(store);
  const makerId = store.project().makerPartyId;
  const writer = new HistoryWriter(store, makerId);
  for (const item of sample.links) linkHistory(writer, item, sample);
  for (const item of sample.links) {
    if (item.spec.reported !== undefined) {
      writer.batch(item.party.id).push(claim(writer, item, item.spec.reported, '2026-10-28'));
    }
  }
  for (const extra of EXTRA_CLAIMS) {
    const item = sample.links.find(
      (l) => l.spec.node === extra.node && l.spec.party === extra.party,
    );
    if (item) writer.batch(item.party.id).push(claim(writer, item, extra.to, extra.date));
  }
  for (const [author, changes] of writer.changes)
    store.applyLocalChanges(changes, { authorParty: author });
}

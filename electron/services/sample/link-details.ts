import { templateStages } from '../../../shared/model/templates.js';
import type { FieldChange, OpValue } from '../../../shared/sync/ops.js';
import type { ProjectStore } from '../store/index.js';
import { SAMPLE_CONTACTS, addDays, stepDates } from './history-plan.js';
import { indexSample, type IndexedSampleLink } from './sample-index.js';

const STAGES = templateStages('one_dragon');

/** Planned dates of the next two stages; the given target (if any) is the next one's. */
function targets(item: IndexedSampleLink, lastMove: string): Record<string, string> {
  const { spec } = item;
  const next = STAGES[spec.stage + 1];
  if (!next) return {};
  const due = spec.target ?? (item.index % 3 === 0 ? addDays(lastMove, 300) : undefined);
  if (due === undefined) return {};
  const result: Record<string, string> = { [next.key]: due };
  const after = STAGES[spec.stage + 2];
  if (after) result[after.key] = addDays(due, 180);
  return result;
}

/** Role, share, lead and recovery times, first batch and targets, as a supplier manager keeps them. */
function detailsOf(
  item: IndexedSampleLink,
  siblings: number,
  home: string,
): Record<string, OpValue> {
  const foreign = item.party.country !== home;
  const incumbent = foreign && item.spec.stage === 7;
  const dates = incumbent ? [] : stepDates(item.index, item.spec.stage);
  const lastMove = dates[dates.length - 1] ?? '2023-01-09';
  const atBatch = item.spec.stage >= 6;
  return {
    role: incumbent || siblings === 1 || (!foreign && atBatch) ? 'primary' : 'alternate',
    sharePct: atBatch ? (siblings === 1 ? 100 : incumbent ? 70 : 30) : null,
    leadTimeWeeks: foreign ? 16 + (item.index % 11) : 6 + (item.index % 7),
    recoveryTimeWeeks: foreign ? 26 + (item.index % 27) : 8 + (item.index % 13),
    firstBatchDate: dates[5] ?? '',
    stageTargets: JSON.stringify(targets(item, lastMove)),
  };
}

/** Fill in the sample links' planning fields and a few parties' contacts. */
export function addSampleLinkDetails(store: ProjectStore): void {
  const sample = indexSample(store);
  const changes: FieldChange[] = [];
  for (const item of sample.links) {
    const siblings = sample.links.filter((l) => l.spec.node === item.spec.node).length;
    for (const [field, value] of Object.entries(detailsOf(item, siblings, sample.home))) {
      changes.push({ entity: 'link', entityId: item.link.id, field, value });
    }
  }
  const byParty = new Map<string, object[]>();
  for (const { party, ...contact } of SAMPLE_CONTACTS) {
    byParty.set(party, [...(byParty.get(party) ?? []), contact]);
  }
  for (const [party, contacts] of byParty) {
    changes.push({
      entity: 'party',
      entityId: sample.partyId(party),
      field: 'contacts',
      value: JSON.stringify(contacts),
    });
  }
  store.applyLocalChanges(changes);
}

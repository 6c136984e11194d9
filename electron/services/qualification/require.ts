import { LongmaiError } from '../../../shared/ipc/errors.js';
import type { Party, SupplyLink } from '../../../shared/model/entities.js';
import { parseStages } from '../../../shared/model/json-fields.js';
import { requiredDateSchema } from '../../../shared/model/schemas.js';
import type { StageDef } from '../../../shared/model/templates.js';
import type { ProjectStore } from '../store/index.js';

export function requireParty(store: ProjectStore, id: string): Party {
  const party = store.party(id);
  if (!party) throw new LongmaiError('E_NOT_FOUND', `no party with id ${id}`, { id });
  return party;
}

export function requireLink(store: ProjectStore, id: string): SupplyLink {
  const link = store.link(id);
  if (!link) throw new LongmaiError('E_NOT_FOUND', `no supply link with id ${id}`, { id });
  return link;
}

export function projectStages(store: ProjectStore): StageDef[] {
  return parseStages(store.project().stages);
}

/** The stage list has this index; field schemas only know the 30-stage cap. */
export function requireStage(stages: readonly StageDef[], index: number): StageDef {
  const stage = stages[index];
  if (!stage) {
    throw new LongmaiError(
      'E_STAGE_NOT_IN_LIST',
      `stage ${String(index)} is not in this project's list of ${String(stages.length)} stages`,
      { stage: index, count: stages.length },
    );
  }
  return stage;
}

export function requireDate(date: string): string {
  if (!requiredDateSchema.safeParse(date).success) {
    throw new LongmaiError('E_BAD_DATE', `${date || '(empty)'} is not a date (YYYY-MM-DD)`, {
      date,
    });
  }
  return date;
}

/** A test platform or research institute that exists: who may have done a verification. */
export function requireTestPlatform(store: ProjectStore, id: string): Party {
  const party = requireParty(store, id);
  if (party.kind !== 'test_platform' && party.kind !== 'research_institute') {
    throw new LongmaiError('E_NOT_TEST_PLATFORM', `${party.name} is not a test platform`, {
      name: party.name,
    });
  }
  return party;
}

import type { EntityName, FieldName } from '../../../shared/model/fields.js';
import type { OpValue } from '../../../shared/sync/ops.js';

type StoredField<E extends EntityName> = Exclude<FieldName<E>, 'deleted'>;

interface EntityTable<E extends EntityName> {
  table: string;
  /** Field → column, in the order the entity's fields are listed in the model. */
  columns: { [F in StoredField<E>]: string };
}

/**
 * The one place op field names become SQL identifiers: a fixed table in code, checked by the
 * compiler against the model's allow-list. Nothing from an op is ever spliced into SQL.
 */
export const ENTITY_TABLES: { [E in EntityName]: EntityTable<E> } = {
  project: {
    table: 'project',
    columns: {
      name: 'name',
      homeCountry: 'home_country',
      stageTemplate: 'stage_template',
      makerPartyId: 'maker_party_id',
      stages: 'stages',
      ppapLevel: 'ppap_level',
    },
  },
  party: {
    table: 'parties',
    columns: {
      name: 'name',
      kind: 'kind',
      country: 'country',
      notes: 'notes',
      contacts: 'contacts',
    },
  },
  node: {
    table: 'nodes',
    columns: {
      kind: 'kind',
      name: 'name',
      code: 'code',
      spec: 'spec',
      keyItem: 'key_item',
      ownerPartyId: 'owner_party_id',
      notes: 'notes',
      x: 'x',
      y: 'y',
    },
  },
  edge: {
    table: 'edges',
    columns: {
      fromId: 'from_id',
      toId: 'to_id',
      quantity: 'quantity',
      unit: 'unit',
      ownerPartyId: 'owner_party_id',
    },
  },
  link: {
    table: 'links',
    columns: {
      nodeId: 'node_id',
      partyId: 'party_id',
      stage: 'stage',
      reportedStage: 'reported_stage',
      status: 'status',
      statusReason: 'status_reason',
      targetDate: 'target_date',
      ownerPartyId: 'owner_party_id',
      role: 'role',
      sharePct: 'share_pct',
      leadTimeWeeks: 'lead_time_weeks',
      recoveryTimeWeeks: 'recovery_time_weeks',
      notes: 'notes',
      firstBatchDate: 'first_batch_date',
      stageTargets: 'stage_targets',
      checklist: 'checklist',
    },
  },
  transition: {
    table: 'transitions',
    columns: {
      linkId: 'link_id',
      kind: 'kind',
      fromStage: 'from_stage',
      toStage: 'to_stage',
      date: 'date',
      byPartyId: 'by_party_id',
      comment: 'comment',
      testPlatformPartyId: 'test_platform_party_id',
      approvesId: 'approves_id',
    },
  },
  evidence: {
    table: 'evidence',
    columns: {
      transitionId: 'transition_id',
      sha256: 'sha256',
      fileName: 'file_name',
      mime: 'mime',
      size: 'size',
      byPartyId: 'by_party_id',
    },
  },
};

/** Fields SQLite stores as 0/1 integers; everything else maps one to one. */
const BOOLEAN_FIELDS: ReadonlySet<string> = new Set(['keyItem']);

export interface ColumnMapping {
  field: string;
  column: string;
}

export function columnsOf(entity: EntityName): ColumnMapping[] {
  const columns: Record<string, string> = ENTITY_TABLES[entity].columns;
  return Object.entries(columns).map(([field, column]) => ({ field, column }));
}

export function tableOf(entity: EntityName): string {
  return ENTITY_TABLES[entity].table;
}

export function toColumnValue(field: string, value: OpValue): OpValue {
  if (BOOLEAN_FIELDS.has(field)) return value === true ? 1 : 0;
  return value;
}

export function fromColumnValue(field: string, value: unknown): unknown {
  if (BOOLEAN_FIELDS.has(field)) return value === 1;
  return value;
}

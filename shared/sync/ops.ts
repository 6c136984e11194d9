import type { EntityName } from '../model/fields.js';

/** JSON values an op may carry (field schemas narrow them further). */
export type OpValue = string | number | boolean | null;

/**
 * One change to one field of one entity. The op log is the truth; tables are its view.
 * `prev` lists the heads of this field the author had seen, so a later op supersedes them.
 */
export interface Op {
  opId: string;
  entity: EntityName;
  entityId: string;
  field: string;
  value: OpValue;
  hlc: string;
  authorParty: string;
  authorReplica: string;
  prev: string[];
}

/** What a caller asks for; the op log adds id, clock, author and prev. */
export interface FieldChange {
  entity: EntityName;
  entityId: string;
  field: string;
  value: OpValue;
}

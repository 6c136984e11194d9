import { ENTITY_NAMES, type EntityName } from '../model/fields.js';
import type { OpValue } from './ops.js';
import { referencesOf } from './references.js';

/**
 * Who may see which record (SYNC.md guarantee 5). The maker sees everything; for any other
 * party a record is visible when one of its entity's conditions holds:
 * - all: every party sees it (the project record).
 * - is: the record's `field` names the party itself (`id`: the record is the party).
 * - via: the record `field` names is itself visible as a subject (a link's history).
 * - namedBy: a subject record of `entity` names this record in `field` (a linked need node).
 * - context: `field` names a subject; the record is shown to explain it, never followed on.
 * Records satisfying is/via/namedBy/all are subjects. Then every record a visible record names
 * (REFERENCES) is visible too, so nothing shown ever points at a missing record. Conditions
 * read fields that may change (a link re-pointed to another party), so scope is evaluated on
 * the data as it is, and delta export compares it with the data the peer had acknowledged.
 */
export type ScopeCondition =
  | { kind: 'all' }
  | { kind: 'is'; field: string }
  | { kind: 'via'; field: string }
  | { kind: 'namedBy'; entity: EntityName; field: string }
  | { kind: 'context'; field: string };

export interface EntityScope {
  when: readonly ScopeCondition[];
  /**
   * Fields sent only to the maker and to the party the record names in `to` (`id`: the party
   * itself). Others never receive their ops, so such fields need a default (FIELD_DEFAULTS).
   */
  private?: { fields: readonly string[]; to: string };
}

/** One row per entity; test/sync/scope.test.ts fails when an entity has none. */
export const SCOPE_RULES: { readonly [E in EntityName]?: EntityScope } = {
  project: { when: [{ kind: 'all' }] },
  // A party sees itself; the maker and any party a visible record names come by reference.
  party: { when: [{ kind: 'is', field: 'id' }], private: { fields: ['contacts'], to: 'id' } },
  // Its own sub-graph, and the need nodes it is linked to.
  node: {
    when: [
      { kind: 'is', field: 'ownerPartyId' },
      { kind: 'namedBy', entity: 'link', field: 'nodeId' },
    ],
  },
  // Its own needs edges; the edges into a node it sees show the direct needing parents.
  edge: {
    when: [
      { kind: 'is', field: 'ownerPartyId' },
      { kind: 'context', field: 'toId' },
    ],
  },
  // Links it supplies and links it made on its own nodes; never another supplier's link.
  link: {
    when: [
      { kind: 'is', field: 'partyId' },
      { kind: 'is', field: 'ownerPartyId' },
    ],
  },
  transition: { when: [{ kind: 'via', field: 'linkId' }] },
  evidence: { when: [{ kind: 'via', field: 'transitionId' }] },
};

/** Current values of the fields scope reads, per entity and id. */
export type ScopeRecords = ReadonlyMap<
  EntityName,
  ReadonlyMap<string, Readonly<Record<string, OpValue>>>
>;

export interface Scope {
  /** Whether the recipient may see any of the record. */
  visible(entity: EntityName, id: string): boolean;
  /** Whether the recipient may see this field of a visible record. */
  fieldVisible(entity: EntityName, id: string, field: string): boolean;
  /** SHA-256 names of the blobs visible records name. */
  blobs: ReadonlySet<string>;
}

/** Fields scope reads for an entity: those its conditions and private rule name, and references. */
export function scopeFields(entity: EntityName): string[] {
  const rule = SCOPE_RULES[entity];
  const fields = new Set<string>(Object.keys(referencesOf(entity)));
  for (const condition of rule?.when ?? []) {
    if (condition.kind === 'namedBy' || condition.kind === 'all') continue;
    if (condition.field !== 'id') fields.add(condition.field);
  }
  if (rule?.private && rule.private.to !== 'id') fields.add(rule.private.to);
  for (const other of ENTITY_NAMES) {
    for (const condition of SCOPE_RULES[other]?.when ?? []) {
      if (condition.kind === 'namedBy' && condition.entity === entity) fields.add(condition.field);
    }
  }
  return [...fields];
}

function valueOf(record: Readonly<Record<string, OpValue>>, id: string, field: string): OpValue {
  return field === 'id' ? id : (record[field] ?? null);
}

const EVERYTHING: Scope = {
  visible: () => true,
  fieldVisible: () => true,
  blobs: new Set(),
};

type IdSets = Map<EntityName, Set<string>>;

function setOf(sets: IdSets, entity: EntityName): Set<string> {
  let set = sets.get(entity);
  if (!set) {
    set = new Set();
    sets.set(entity, set);
  }
  return set;
}

function holds(
  condition: ScopeCondition,
  entity: EntityName,
  id: string,
  record: Readonly<Record<string, OpValue>>,
  recipient: string,
  subjects: IdSets,
  namedBySubjects: (entity: EntityName, field: string) => ReadonlySet<OpValue>,
): boolean {
  switch (condition.kind) {
    case 'all':
      return true;
    case 'is':
      return valueOf(record, id, condition.field) === recipient;
    case 'via': {
      const target = referencesOf(entity)[condition.field]?.target;
      const value = record[condition.field];
      return (
        target !== undefined &&
        target !== 'blob' &&
        typeof value === 'string' &&
        (subjects.get(target)?.has(value) ?? false)
      );
    }
    case 'namedBy':
      return namedBySubjects(condition.entity, condition.field).has(id);
    case 'context':
      return false;
  }
}

function findSubjects(records: ScopeRecords, recipient: string): IdSets {
  const subjects: IdSets = new Map();
  let changed = true;
  while (changed) {
    changed = false;
    const namedCache = new Map<string, Set<OpValue>>();
    const namedBySubjects = (entity: EntityName, field: string): ReadonlySet<OpValue> => {
      const key = `${entity}.${field}`;
      let named = namedCache.get(key);
      if (!named) {
        named = new Set();
        const all = records.get(entity);
        for (const id of subjects.get(entity) ?? []) named.add(all?.get(id)?.[field] ?? null);
        namedCache.set(key, named);
      }
      return named;
    };
    for (const entity of ENTITY_NAMES) {
      const rule = SCOPE_RULES[entity];
      if (!rule) continue;
      const mine = setOf(subjects, entity);
      for (const [id, record] of records.get(entity) ?? []) {
        if (mine.has(id)) continue;
        const ok = rule.when.some((c) =>
          holds(c, entity, id, record, recipient, subjects, namedBySubjects),
        );
        if (ok) {
          mine.add(id);
          changed = true;
        }
      }
    }
  }
  return subjects;
}

function addContext(records: ScopeRecords, subjects: IdSets, visible: IdSets): void {
  for (const entity of ENTITY_NAMES) {
    for (const condition of SCOPE_RULES[entity]?.when ?? []) {
      if (condition.kind !== 'context') continue;
      const target = referencesOf(entity)[condition.field]?.target;
      if (target === undefined || target === 'blob') continue;
      for (const [id, record] of records.get(entity) ?? []) {
        const value = record[condition.field];
        if (typeof value === 'string' && subjects.get(target)?.has(value)) {
          setOf(visible, entity).add(id);
        }
      }
    }
  }
}

/** Follow every reference of every visible record, so what is shown is whole. */
function close(records: ScopeRecords, visible: IdSets, blobs: Set<string>): void {
  const queue: [EntityName, string][] = [];
  for (const [entity, ids] of visible) for (const id of ids) queue.push([entity, id]);
  for (let next = queue.pop(); next; next = queue.pop()) {
    const [entity, id] = next;
    const record = records.get(entity)?.get(id);
    if (!record) continue;
    for (const [field, ref] of Object.entries(referencesOf(entity))) {
      const value = record[field];
      if (typeof value !== 'string' || value === '') continue;
      if (ref.target === 'blob') {
        blobs.add(value);
        continue;
      }
      const targets = setOf(visible, ref.target);
      if (!targets.has(value)) {
        targets.add(value);
        queue.push([ref.target, value]);
      }
    }
  }
}

/** What `recipient` may see of the project; the maker sees everything. */
export function computeScope(
  records: ScopeRecords,
  recipient: string,
  makerPartyId: string,
): Scope {
  if (recipient === makerPartyId) return EVERYTHING;
  const subjects = findSubjects(records, recipient);
  const visible: IdSets = new Map();
  for (const [entity, ids] of subjects) visible.set(entity, new Set(ids));
  addContext(records, subjects, visible);
  const blobs = new Set<string>();
  close(records, visible, blobs);
  return {
    visible: (entity, id) => visible.get(entity)?.has(id) ?? false,
    fieldVisible(entity, id, field) {
      if (!(visible.get(entity)?.has(id) ?? false)) return false;
      const rule = SCOPE_RULES[entity]?.private;
      if (!rule || !rule.fields.includes(field)) return true;
      const record = records.get(entity)?.get(id) ?? {};
      return valueOf(record, id, rule.to) === recipient;
    },
    blobs,
  };
}

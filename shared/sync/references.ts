import { ENTITY_NAMES, type EntityName } from '../model/fields.js';

/**
 * Which fields name another record. `strong` means the materialized table holds a foreign key
 * to the target, so the row cannot exist without the target's row: a live record keeps the
 * records it strongly names alive, and a record whose strong target is missing stays hidden.
 * Weak references (history that outlives what it describes) only matter for scope.
 * `blob` targets are evidence bytes named by SHA-256, carried in packets beside the ops.
 */
export interface Reference {
  target: EntityName | 'blob';
  strong: boolean;
}

const strong = (target: EntityName): Reference => ({ target, strong: true });
const weak = (target: EntityName | 'blob'): Reference => ({ target, strong: false });

/** One row per entity; test/sync/references.test.ts fails when an entity or an `…Id` field is missing. */
export const REFERENCES: { readonly [E in EntityName]?: Readonly<Record<string, Reference>> } = {
  project: { makerPartyId: strong('party') },
  party: {},
  node: { ownerPartyId: strong('party') },
  edge: { fromId: strong('node'), toId: strong('node'), ownerPartyId: strong('party') },
  link: { nodeId: strong('node'), partyId: strong('party'), ownerPartyId: strong('party') },
  transition: {
    linkId: weak('link'),
    byPartyId: weak('party'),
    testPlatformPartyId: weak('party'),
    approvesId: weak('transition'),
  },
  evidence: { transitionId: weak('transition'), sha256: weak('blob'), byPartyId: weak('party') },
};

export function referencesOf(entity: EntityName): Readonly<Record<string, Reference>> {
  return REFERENCES[entity] ?? {};
}

function listStrong(entity: EntityName): { field: string; target: EntityName }[] {
  const result: { field: string; target: EntityName }[] = [];
  for (const [field, ref] of Object.entries(referencesOf(entity))) {
    if (ref.strong && ref.target !== 'blob') result.push({ field, target: ref.target });
  }
  return result;
}

const STRONG = new Map(ENTITY_NAMES.map((entity) => [entity, listStrong(entity)]));

/** Fields of `entity` that strongly name a record of another entity, with that entity. */
export function strongReferences(
  entity: EntityName,
): readonly { field: string; target: EntityName }[] {
  return STRONG.get(entity) ?? [];
}

function computeRanks(): ReadonlyMap<EntityName, number> {
  const ranks = new Map<EntityName, number>();
  const rankOf = (entity: EntityName, path: readonly EntityName[]): number => {
    const known = ranks.get(entity);
    if (known !== undefined) return known;
    if (path.includes(entity)) throw new Error(`strong references loop through ${entity}`);
    const targets = strongReferences(entity).map(({ target }) => target);
    const rank = Math.max(-1, ...targets.map((t) => rankOf(t, [...path, entity]))) + 1;
    ranks.set(entity, rank);
    return rank;
  };
  for (const entity of ENTITY_NAMES) rankOf(entity, []);
  return ranks;
}

/**
 * Each entity's depth in the strong-reference graph: targets rank lower than the records that
 * name them, so settling records in rank order sees every target settled first.
 */
export const ENTITY_RANK: ReadonlyMap<EntityName, number> = computeRanks();

import type { EntityName } from '../../../shared/model/fields.js';
import type { ProjectStore } from '../store/index.js';

type Row = Readonly<Record<string, unknown>>;

const text = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;

function nameOf(store: ProjectStore, entity: 'node' | 'party', id: unknown): string {
  if (typeof id !== 'string') return '?';
  return text(store.record(entity, id)?.name) ?? id;
}

function linkLabel(store: ProjectStore, link: Row | null, id: string): string {
  if (!link) return id;
  return `${nameOf(store, 'party', link.partyId)} → ${nameOf(store, 'node', link.nodeId)}`;
}

/**
 * What people call a record in lists: a need node or party by name, a needs edge or supply
 * link by its two ends, a stage move by its link, evidence by file name. `row` is the record
 * as it was when it is gone now (a delete in a preview).
 */
export function labelOf(
  store: ProjectStore,
  entity: EntityName,
  id: string,
  row: Row | null = store.record(entity, id),
): string {
  switch (entity) {
    case 'project':
    case 'party':
    case 'node':
      return text(row?.name) ?? id;
    case 'edge':
      return row ? `${nameOf(store, 'node', row.fromId)} → ${nameOf(store, 'node', row.toId)}` : id;
    case 'link':
      return linkLabel(store, row, id);
    case 'transition': {
      const linkId = row?.linkId;
      return typeof linkId === 'string'
        ? linkLabel(store, store.record('link', linkId), linkId)
        : id;
    }
    case 'evidence':
      return text(row?.fileName) ?? id;
  }
}

/** The need nodes whose cards show a record's conflict badge, and the supply link it is on. */
export function placeOf(
  store: ProjectStore,
  entity: EntityName,
  id: string,
): { nodeIds: string[]; linkId: string | null } {
  const row = store.record(entity, id);
  const linkPlace = (linkId: unknown) => {
    if (typeof linkId !== 'string') return { nodeIds: [], linkId: null };
    const nodeId = store.record('link', linkId)?.nodeId;
    return { nodeIds: typeof nodeId === 'string' ? [nodeId] : [], linkId };
  };
  switch (entity) {
    case 'node':
      return { nodeIds: [id], linkId: null };
    case 'edge':
      return {
        nodeIds: [row?.fromId, row?.toId].filter((v): v is string => typeof v === 'string'),
        linkId: null,
      };
    case 'link':
      return linkPlace(id);
    case 'transition':
      return linkPlace(row?.linkId);
    case 'evidence': {
      const transitionId = row?.transitionId;
      const transition =
        typeof transitionId === 'string' ? store.record('transition', transitionId) : null;
      return linkPlace(transition?.linkId);
    }
    default:
      return { nodeIds: [], linkId: null };
  }
}

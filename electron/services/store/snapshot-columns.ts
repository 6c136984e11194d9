import { LongmaiError } from '../../../shared/ipc/errors.js';
import type { EntityName } from '../../../shared/model/fields.js';
import { LINK_ROLES, LINK_STATUSES, NEED_KINDS } from '../../../shared/model/kinds.js';
import type {
  EdgeColumns,
  LinkColumns,
  NodeColumns,
  SnapshotColumns,
} from '../../../shared/model/snapshot-columns.js';
import { columnsOf } from './columns.js';

type Coder = (value: unknown) => unknown;

/** Value → its index in a fixed list; a value outside the list means a damaged file. */
function listCoder(list: readonly string[]): Coder {
  const index = new Map<unknown, number>(list.map((value, i) => [value, i]));
  return (value) => {
    const code = index.get(value);
    if (code === undefined)
      throw new LongmaiError('E_DAMAGED', `unexpected value ${String(value)}`);
    return code;
  };
}

const kindCode = listCoder(NEED_KINDS);
const statusCode = listCoder(LINK_STATUSES);
const roleCode = listCoder(LINK_ROLES);

/** Every record's value of one field, or `{ all }` when they share one. */
function columnOf(rows: readonly unknown[][], at: number, code: Coder | undefined): unknown {
  const values = rows.map((row) => (code ? code(row[at]) : row[at]));
  const [first] = values;
  return values.length > 0 && values.every((value) => value === first) ? { all: first } : values;
}

/**
 * The need node, needs edge and supply link columns of `project.load`
 * (shared/model/snapshot-columns.ts) from the store's raw rows: id, then the fields in model order.
 */
export function snapshotColumnsOf(
  read: (entity: EntityName) => unknown[][],
): Pick<SnapshotColumns, 'partyIds' | 'nodes' | 'edges' | 'links'> {
  const partyIds: string[] = [];
  const partyIndex = new Map<unknown, number>();
  const partyCode: Coder = (value) => {
    let code = partyIndex.get(value);
    if (code === undefined) {
      code = partyIds.push(String(value)) - 1;
      partyIndex.set(value, code);
    }
    return code;
  };
  const nodeIndex = new Map<unknown, number>();
  const nodeRef: Coder = (value) => nodeIndex.get(value) ?? value;
  const coders: Record<'node' | 'edge' | 'link', Readonly<Record<string, Coder>>> = {
    node: { kind: kindCode, ownerPartyId: partyCode },
    edge: { fromId: nodeRef, toId: nodeRef, ownerPartyId: partyCode },
    link: {
      nodeId: nodeRef,
      partyId: partyCode,
      status: statusCode,
      ownerPartyId: partyCode,
      role: roleCode,
    },
  };
  const columns = (entity: 'node' | 'edge' | 'link'): Record<string, unknown> => {
    const rows = read(entity);
    const result: Record<string, unknown> = { id: rows.map((row) => row[0]) };
    if (entity === 'node') rows.forEach((row, index) => nodeIndex.set(row[0], index));
    columnsOf(entity).forEach(({ field }, i) => {
      result[field] = columnOf(rows, i + 1, coders[entity][field]);
    });
    return result;
  };
  // Need nodes first: needs edges and supply links refer to them by index.
  const nodes = columns('node') as unknown as NodeColumns;
  return {
    nodes,
    edges: columns('edge') as unknown as EdgeColumns,
    links: columns('link') as unknown as LinkColumns,
    partyIds,
  };
}

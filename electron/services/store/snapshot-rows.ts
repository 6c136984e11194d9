import { LongmaiError } from '../../../shared/ipc/errors.js';
import { LINK_ROLES, LINK_STATUSES, NEED_KINDS } from '../../../shared/model/kinds.js';
import type {
  NeedNodeRow,
  NeedsEdgeRow,
  SnapshotRows,
  SupplyLinkRow,
} from '../../../shared/model/snapshot-rows.js';
import type { EntityName } from '../../../shared/model/fields.js';

type Coder = (value: unknown) => number;

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

/**
 * The need node, needs edge and supply link rows of `project.load` (shared/model/snapshot-rows.ts),
 * coded in place in the arrays the store's raw reads return: columns are id, then the fields
 * in model order.
 */
export function codeSnapshotRows(
  read: (entity: EntityName) => unknown[][],
): Pick<SnapshotRows, 'partyIds' | 'nodes' | 'edges' | 'links'> {
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
  const nodes = read('node');
  for (const row of nodes) {
    row[1] = kindCode(row[1]);
    row[6] = partyCode(row[6]);
  }
  const edges = read('edge');
  for (const row of edges) row[5] = partyCode(row[5]);
  const links = read('link');
  for (const row of links) {
    row[2] = partyCode(row[2]);
    row[5] = statusCode(row[5]);
    row[8] = partyCode(row[8]);
    row[9] = roleCode(row[9]);
  }
  return {
    partyIds,
    nodes: nodes as NeedNodeRow[],
    edges: edges as NeedsEdgeRow[],
    links: links as SupplyLinkRow[],
  };
}

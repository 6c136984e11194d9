import type { NodeFacts } from '../../../shared/graph/filters.js';
import type { NeedNode } from '../../../shared/model/index.js';

export type SortColumn = 'name' | 'code' | 'kind' | 'keyItem' | 'spec' | 'suppliers' | 'stage';

export interface Sort {
  column: SortColumn;
  descending: boolean;
}

export interface TableRow {
  node: NeedNode;
  suppliers: number;
  stage: number | null;
  origin: NodeFacts['origin'];
}

const collator = new Intl.Collator(['zh-Hans', 'en'], { numeric: true, sensitivity: 'base' });

function compare(a: TableRow, b: TableRow, column: SortColumn): number {
  switch (column) {
    case 'name':
    case 'code':
    case 'kind':
    case 'spec':
      return collator.compare(a.node[column], b.node[column]);
    case 'keyItem':
      return Number(a.node.keyItem) - Number(b.node.keyItem);
    case 'suppliers':
      return a.suppliers - b.suppliers;
    case 'stage':
      return (a.stage ?? -1) - (b.stage ?? -1);
  }
}

/** The table's rows: the need nodes that pass search and filters, sorted (ties by name). */
export function tableRows(
  ids: readonly string[],
  nodes: Readonly<Record<string, NeedNode>>,
  facts: ReadonlyMap<string, NodeFacts>,
  matching: ReadonlySet<string> | null,
  sort: Sort,
): TableRow[] {
  const rows: TableRow[] = [];
  for (const id of ids) {
    const node = nodes[id];
    const fact = facts.get(id);
    if (!node || !fact || (matching && !matching.has(id))) continue;
    rows.push({
      node,
      suppliers: fact.partyIds.length,
      stage: fact.bestStage,
      origin: fact.origin,
    });
  }
  const sign = sort.descending ? -1 : 1;
  return rows.sort(
    (a, b) => sign * compare(a, b, sort.column) || collator.compare(a.node.name, b.node.name),
  );
}

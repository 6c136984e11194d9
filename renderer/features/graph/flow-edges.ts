import type { Locale } from '../../../shared/i18n/locales.js';
import { translate } from '../../../shared/i18n/translate.js';
import type { NeedNode, NeedsEdge } from '../../../shared/model/index.js';
import { toFlowEdge, type FlowNeedsEdge } from './flow-model.js';
import { keepOrder, sameOr } from './keep-order.js';

export function quantityLabel(locale: Locale, edge: NeedsEdge): string | undefined {
  if (edge.quantity === null) return undefined;
  return translate(locale, 'graph.edgeQuantity', {
    quantity: edge.quantity,
    unit: edge.unit,
  }).trim();
}

/** Like the node builder: an edge is rebuilt only when what it shows changed, and keeps its place. */
export function createFlowEdgeBuilder() {
  let cache = new Map<string, FlowNeedsEdge>();
  let last: FlowNeedsEdge[] = [];
  return (
    locale: Locale,
    ids: readonly string[],
    edges: Readonly<Record<string, NeedsEdge>>,
    nodes: Readonly<Record<string, NeedNode>>,
    selected: ReadonlySet<string>,
    lit: ReadonlySet<string> | null = null,
  ): FlowNeedsEdge[] => {
    const next = new Map<string, FlowNeedsEdge>();
    for (const id of keepOrder(cache, ids)) {
      const edge = edges[id];
      if (!edge) continue;
      const dimmed = lit !== null && !(lit.has(edge.fromId) && lit.has(edge.toId));
      const label = quantityLabel(locale, edge);
      const ariaLabel = translate(locale, 'inspector.edgeSummary', {
        from: nodes[edge.fromId]?.name ?? '',
        to: nodes[edge.toId]?.name ?? '',
      });
      const old = cache.get(id);
      const reusable =
        old !== undefined &&
        old.source === edge.fromId &&
        old.target === edge.toId &&
        old.selected === selected.has(id) &&
        old.label === label &&
        old.ariaLabel === ariaLabel &&
        (old.className === 'is-dimmed') === dimmed;
      next.set(id, reusable ? old : toFlowEdge(edge, selected.has(id), label, ariaLabel, dimmed));
    }
    cache = next;
    last = sameOr(last, [...next.values()]);
    return last;
  };
}

import { MarkerType, Position, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import type { NeedKind, NeedNode, NeedsEdge } from '../../../shared/model/index.js';
import { keepOrder, sameOr } from './keep-order.js';
import { NODE_HEIGHT, NODE_WIDTH } from './node-size.js';

export { NODE_HEIGHT, NODE_WIDTH };
/** Matches the handle size in graph.css; edges attach at the handles' outer sides. */
const HANDLE_SIZE = 10;

/** Needs edges run left to right: a node needs what is on its right (system on the left). */
const NODE_HANDLES: NodeHandle[] = [
  {
    type: 'target',
    position: Position.Left,
    x: -HANDLE_SIZE / 2,
    y: (NODE_HEIGHT - HANDLE_SIZE) / 2,
    width: HANDLE_SIZE,
    height: HANDLE_SIZE,
  },
  {
    type: 'source',
    position: Position.Right,
    x: NODE_WIDTH - HANDLE_SIZE / 2,
    y: (NODE_HEIGHT - HANDLE_SIZE) / 2,
    width: HANDLE_SIZE,
    height: HANDLE_SIZE,
  },
];

/** The type of a need node drawn only as the far end of a needs edge into the window. */
export const FAR_END = 'farEnd';

/** Cards read their own data from the store by id, so the flow node carries none. */
export type FlowNeedNode = Node<Record<string, never>, NeedKind | typeof FAR_END>;
export type FlowNeedsEdge = Edge;

const NO_DATA: Record<string, never> = {};
const NO_FAR_ENDS: ReadonlySet<string> = new Set();
const MEASURED = { width: NODE_WIDTH, height: NODE_HEIGHT };

export function toFlowNode(
  node: NeedNode,
  selected: boolean,
  dimmed = false,
  farEnd = false,
): FlowNeedNode {
  return {
    ...(dimmed ? { className: 'is-dimmed' } : {}),
    id: node.id,
    type: farEnd ? FAR_END : node.kind,
    position: { x: node.x, y: node.y },
    data: NO_DATA,
    width: NODE_WIDTH,
    height: NODE_HEIGHT,
    measured: MEASURED,
    handles: NODE_HANDLES,
    selected,
  };
}

/**
 * A builder that remembers its last output: a flow node is rebuilt only when its need node,
 * its selection or its being a far end changed, so React Flow skips every other node on each
 * drag frame, and nodes keep their order (see `keepOrder`).
 */
export function createFlowNodeBuilder() {
  let cache = new Map<string, { source: NeedNode; flow: FlowNeedNode }>();
  let last: FlowNeedNode[] = [];
  return (
    ids: readonly string[],
    nodes: Readonly<Record<string, NeedNode>>,
    selected: ReadonlySet<string>,
    lit: ReadonlySet<string> | null = null,
    farEnds: ReadonlySet<string> = NO_FAR_ENDS,
  ): FlowNeedNode[] => {
    const next = new Map<string, { source: NeedNode; flow: FlowNeedNode }>();
    const result: FlowNeedNode[] = [];
    for (const id of keepOrder(cache, ids)) {
      const source = nodes[id];
      if (!source) continue;
      const old = cache.get(id);
      const isSelected = selected.has(id);
      const dimmed = lit !== null && !lit.has(id);
      const farEnd = farEnds.has(id);
      const flow =
        old &&
        old.source === source &&
        old.flow.selected === isSelected &&
        (old.flow.className === 'is-dimmed') === dimmed &&
        (old.flow.type === FAR_END) === farEnd
          ? old.flow
          : toFlowNode(source, isSelected, dimmed, farEnd);
      next.set(id, { source, flow });
      result.push(flow);
    }
    cache = next;
    last = sameOr(last, result);
    return last;
  };
}

const ARROW = { type: MarkerType.ArrowClosed, width: 16, height: 16 };

export function toFlowEdge(
  edge: NeedsEdge,
  selected: boolean,
  label: string | undefined,
  ariaLabel: string,
  dimmed = false,
): FlowNeedsEdge {
  return {
    ...(dimmed ? { className: 'is-dimmed' } : {}),
    id: edge.id,
    source: edge.fromId,
    target: edge.toId,
    selected,
    markerEnd: ARROW,
    ariaLabel,
    ...(label ? { label } : {}),
  };
}

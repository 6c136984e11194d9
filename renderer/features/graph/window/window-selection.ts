import type { ReactFlowState } from '@xyflow/react';
import type { AppState } from '../../../store/types.js';
import { applySelection } from '../../../store/ui-slice.js';

type FlowView = Pick<
  ReactFlowState,
  'nodeLookup' | 'edgeLookup' | 'multiSelectionActive' | 'userSelectionRect'
>;
type Change = { id: string; selected: boolean };
type Position = { id: string; x: number; y: number };

/**
 * React Flow's selection changes applied to the whole graph. React Flow only knows the
 * window's need nodes: when it replaces the selection (a plain click, a selection box), the
 * selected nodes and edges outside the window are dropped too, as they would be on screen.
 */
export function selectNodes(state: AppState, flow: FlowView, changes: readonly Change[]): void {
  const replacing =
    flow.userSelectionRect !== null ||
    (!flow.multiSelectionActive && changes.some((change) => change.selected));
  const nodeIds = replacing
    ? state.selectedNodeIds.filter((id) => flow.nodeLookup.has(id))
    : state.selectedNodeIds;
  if (nodeIds.length === state.selectedNodeIds.length) {
    state.setNodeSelected(changes);
    return;
  }
  const edgeIds = state.selectedEdgeIds.filter((id) => flow.edgeLookup.has(id));
  state.select(applySelection(nodeIds, changes), edgeIds);
}

/**
 * Dragging a selection moves all of it: React Flow moves the selected need nodes it knows,
 * and the selected ones outside the window follow by the same offset. Returns the positions
 * for the store and the ids that followed.
 */
export function withSelectedOutside(
  state: AppState,
  flow: FlowView,
  positions: readonly Position[],
): { positions: readonly Position[]; followed: readonly string[] } {
  const lead = positions[0];
  const before = lead && state.nodes[lead.id];
  if (!lead || !before || !state.selectedNodeIds.includes(lead.id)) {
    return { positions, followed: [] };
  }
  const followed = state.selectedNodeIds.filter((id) => !flow.nodeLookup.has(id));
  if (followed.length === 0) return { positions, followed };
  const dx = lead.x - before.x;
  const dy = lead.y - before.y;
  const moved = followed.flatMap((id) => {
    const node = state.nodes[id];
    return node ? [{ id, x: node.x + dx, y: node.y + dy }] : [];
  });
  return { positions: [...positions, ...moved], followed };
}

import type { NeedKind, SupplyLink } from '../../shared/model/index.js';
import { bestStage, supplyOrigin, type SupplyOrigin } from '../features/graph/supply.js';
import type { AppState } from './types.js';

/** Module-scope selectors: stable functions, so components re-render only on their slice. */
export const selectLocale = (s: AppState) => s.locale;
export const selectProject = (s: AppState) => s.project;
export const selectSessionLoaded = (s: AppState) => s.sessionLoaded;
export const selectRecent = (s: AppState) => s.recent;
export const selectView = (s: AppState) => s.view;
export const selectProjectMeta = (s: AppState) => s.projectMeta;
/** The open project's snapshot has arrived (its meta comes with it). */
export const selectGraphLoaded = (s: AppState) => s.projectMeta !== null;
export const selectNodes = (s: AppState) => s.nodes;
export const selectNodeIds = (s: AppState) => s.nodeIds;
export const selectEdges = (s: AppState) => s.edges;
export const selectEdgeIds = (s: AppState) => s.edgeIds;
export const selectParties = (s: AppState) => s.parties;
export const selectLinks = (s: AppState) => s.links;
export const selectSelectedNodeIds = (s: AppState) => s.selectedNodeIds;
export const selectSelectedEdgeIds = (s: AppState) => s.selectedEdgeIds;
export const selectInspectorOpen = (s: AppState) => s.inspectorOpen;
export const selectNewNodeKind = (s: AppState) => s.newNodeKind;
export const selectToasts = (s: AppState) => s.toasts;
export const selectConfirm = (s: AppState) => s.confirm;
export const selectFitViewRequested = (s: AppState) => s.requests.fitView;
export const selectFitViewAtOnceRequested = (s: AppState) => s.requests.fitViewAtOnce;
export const selectAddNodeRequested = (s: AppState) => s.requests.addNode;
export const selectFocusNameRequested = (s: AppState) => s.requests.focusName;
export const selectHasSelection = (s: AppState) =>
  s.selectedNodeIds.length > 0 || s.selectedEdgeIds.length > 0;

export function linksOfNode(state: AppState, nodeId: string): SupplyLink[] {
  const ids = state.linkIdsByNode[nodeId] ?? [];
  return ids.flatMap((id) => {
    const link = state.links[id];
    return link ? [link] : [];
  });
}

/** What a node card shows, all primitives so `useShallow` can tell when it really changed. */
export interface NodeCard {
  kind: NeedKind;
  name: string;
  code: string;
  keyItem: boolean;
  bestStage: number | null;
  origin: SupplyOrigin;
}

export function nodeCard(state: AppState, id: string): NodeCard | null {
  const node = state.nodes[id];
  if (!node) return null;
  const links = linksOfNode(state, id);
  return {
    kind: node.kind,
    name: node.name,
    code: node.code,
    keyItem: node.keyItem,
    bestStage: bestStage(links),
    origin: supplyOrigin(links, state.parties, state.projectMeta?.homeCountry ?? ''),
  };
}

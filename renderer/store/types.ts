import type { StateCreator } from 'zustand';
import type { MessageKey, MessageParams } from '../../shared/i18n/index.js';
import type { Locale } from '../../shared/i18n/locales.js';
import type { OpenedGraph } from './graph-contents.js';
import type { Opening } from './opening.js';
import type {
  EdgePatch,
  GraphChangeSet,
  HistoryState,
  NodePatch,
  PastedEdge,
  PastedNode,
  ProjectInfo,
  RecentProject,
} from '../../shared/ipc/contract.js';
import type { GraphFilters } from '../../shared/graph/filters.js';
import type { QualificationSlice } from './qualification-types.js';
import type {
  NeedKind,
  NeedNode,
  NeedsEdge,
  Party,
  Project,
  SupplyLink,
} from '../../shared/model/index.js';

export interface SessionSlice {
  locale: Locale;
  project: ProjectInfo | null;
  recent: RecentProject[];
  /** False until the first `session.get` answered; the shell shows a loading line until then. */
  sessionLoaded: boolean;
  /** Reads the session, then the open project's graph; `opening` if they were asked for already. */
  loadSession: (opening?: Opening) => Promise<void>;
  setLocale: (locale: Locale) => Promise<void>;
  /** A locale chosen elsewhere (the menu): main already saved it. */
  applyLocale: (locale: Locale) => void;
  openSample: () => Promise<void>;
  openRecent: (path: string) => Promise<void>;
  /** A project was opened (here or from the menu): reload, in place when it is the same file. */
  switchTo: (info: ProjectInfo | null) => Promise<void>;
}

export interface Position {
  id: string;
  x: number;
  y: number;
}

export interface GraphSlice {
  projectMeta: Project | null;
  nodes: Readonly<Record<string, NeedNode>>;
  nodeIds: readonly string[];
  edges: Readonly<Record<string, NeedsEdge>>;
  edgeIds: readonly string[];
  parties: Readonly<Record<string, Party>>;
  links: Readonly<Record<string, SupplyLink>>;
  /** Index of supply links per need node, rebuilt on load, so each node reads only its own. */
  linkIdsByNode: Readonly<Record<string, readonly string[]>>;
  /** Loads the open project's graph, from `asked` when it was asked for already. */
  loadGraph: (asked?: Promise<OpenedGraph | null>) => Promise<void>;
  clearGraph: () => void;
  /** Creates a need node, selects it and asks the inspector to focus its name. */
  createNode: (kind: NeedKind, x: number, y: number) => Promise<NeedNode | null>;
  updateNode: (id: string, patch: NodePatch) => Promise<void>;
  /** Local only, while dragging; `persistPositions` saves them when the drag stops. */
  dragNodes: (positions: readonly Position[]) => void;
  /**
   * Local only: take `placed`, a copy of the need node record `base` with some moved, in one
   * update; false (and nothing done) when the record is no longer `base`.
   */
  placeNodes: (
    placed: Record<string, NeedNode>,
    base: Readonly<Record<string, NeedNode>>,
  ) => boolean;
  persistPositions: (ids: readonly string[], reason?: 'drag' | 'layout') => Promise<void>;
  createEdge: (fromId: string, toId: string) => Promise<void>;
  updateEdge: (id: string, patch: EdgePatch) => Promise<void>;
  deleteItems: (nodeIds: readonly string[], edgeIds: readonly string[]) => Promise<void>;
  /** Merge what a batch edit, undo or redo touched, keeping untouched records as they were. */
  applyChanges: (changes: GraphChangeSet) => void;
  /** Paste need nodes (and needs edges among them) as one step; selects them. False if refused. */
  pasteGraph: (nodes: readonly PastedNode[], edges: readonly PastedEdge[]) => Promise<boolean>;
  duplicateNodes: (ids: readonly string[], offset: { x: number; y: number }) => Promise<void>;
  /** Edit several need nodes as one step (the table). False if refused. */
  updateNodes: (updates: readonly { id: string; patch: NodePatch }[]) => Promise<boolean>;
}

export interface HistorySlice {
  /** What undo and redo would do next, as the services report it. */
  history: HistoryState;
  refreshHistory: () => Promise<void>;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
}

export type TraceDirection = 'upstream' | 'downstream';

/** Trace from need nodes: everything they need (upstream) or everything needing them. */
export interface Trace {
  direction: TraceDirection;
  fromIds: readonly string[];
}

export interface LayoutRun {
  scope: 'all' | 'selection';
  phase: 'preparing' | 'layering' | 'saving';
  nodeCount: number;
  startedAt: number;
}

export interface FindSlice {
  searchText: string;
  /** Need node ids matching the search, best first; null when there is no search. */
  searchHits: readonly string[] | null;
  filters: GraphFilters;
  trace: Trace | null;
  /** Need nodes whose upstream subtree is folded away. */
  collapsedIds: readonly string[];
  layoutRun: LayoutRun | null;
  setSearchText: (text: string) => void;
  setSearchHits: (hits: readonly string[] | null) => void;
  setFilters: (patch: Partial<GraphFilters>) => void;
  clearFilters: () => void;
  setTrace: (trace: Trace | null) => void;
  toggleCollapsed: (ids: readonly string[]) => void;
  expandAll: () => void;
  setLayoutRun: (run: LayoutRun | null) => void;
}

export type View =
  'graph' | 'overview' | 'table' | 'dashboard' | 'parties' | 'board' | 'timeline' | 'sync';
export type UiRequest =
  'fitView' | 'fitViewAtOnce' | 'addNode' | 'focusName' | 'zoomToSelection' | 'focusSearch';
export type Overlay = 'palette' | 'shortcuts' | null;
export type ToastTone = 'error' | 'warning' | 'info';

export interface Toast {
  id: number;
  tone: ToastTone;
  key: MessageKey;
  params: MessageParams;
}

/** The delete confirmation: what goes, counted before anything is removed. */
export interface DeleteRequest {
  nodeIds: readonly string[];
  edgeIds: readonly string[];
  /** Needs edges that go because they touch a deleted node, plus the selected edges. */
  edgeCount: number;
  linkCount: number;
}

export interface UiSlice {
  view: View;
  selectedNodeIds: readonly string[];
  selectedEdgeIds: readonly string[];
  inspectorOpen: boolean;
  newNodeKind: NeedKind;
  toasts: readonly Toast[];
  confirm: DeleteRequest | null;
  /**
   * One-shot requests the graph view and inspector carry out when they are on screen (the
   * menu can ask before the graph is mounted); `consumeRequest` clears one as it is done.
   */
  requests: Readonly<Record<UiRequest, boolean>>;
  /** The command palette or the shortcut sheet, over everything else. */
  overlay: Overlay;
  setOverlay: (overlay: Overlay) => void;
  setView: (view: View) => void;
  select: (nodeIds: readonly string[], edgeIds: readonly string[]) => void;
  setNodeSelected: (changes: readonly { id: string; selected: boolean }[]) => void;
  setEdgeSelected: (changes: readonly { id: string; selected: boolean }[]) => void;
  toggleInspector: () => void;
  setInspectorOpen: (open: boolean) => void;
  setNewNodeKind: (kind: NeedKind) => void;
  pushToast: (tone: ToastTone, key: MessageKey, params?: MessageParams) => void;
  reportError: (error: unknown) => void;
  dismissToast: (id: number) => void;
  requestDeleteSelection: () => void;
  cancelConfirm: () => void;
  confirmDelete: () => Promise<void>;
  request: (what: UiRequest) => void;
  /** True once per request: the caller then carries it out. */
  consumeRequest: (what: UiRequest) => boolean;
}

export type AppState = SessionSlice &
  GraphSlice &
  UiSlice &
  HistorySlice &
  FindSlice &
  QualificationSlice;
export type SliceCreator<T> = StateCreator<AppState, [], [], T>;

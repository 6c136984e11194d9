import type { StateCreator } from 'zustand';
import type { MessageKey, MessageParams } from '../../shared/i18n/index.js';
import type { Locale } from '../../shared/i18n/locales.js';
import type {
  EdgePatch,
  NodePatch,
  ProjectInfo,
  RecentProject,
} from '../../shared/ipc/contract.js';
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
  loadSession: () => Promise<void>;
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
  loadGraph: () => Promise<void>;
  clearGraph: () => void;
  /** Creates a need node, selects it and asks the inspector to focus its name. */
  createNode: (kind: NeedKind, x: number, y: number) => Promise<NeedNode | null>;
  updateNode: (id: string, patch: NodePatch) => Promise<void>;
  /** Local only, while dragging; `persistPositions` saves them when the drag stops. */
  dragNodes: (positions: readonly Position[]) => void;
  persistPositions: (ids: readonly string[]) => Promise<void>;
  createEdge: (fromId: string, toId: string) => Promise<void>;
  updateEdge: (id: string, patch: EdgePatch) => Promise<void>;
  deleteItems: (nodeIds: readonly string[], edgeIds: readonly string[]) => Promise<void>;
}

export type View = 'graph' | 'overview';
export type UiRequest = 'fitView' | 'addNode' | 'focusName';
export type ToastTone = 'error' | 'info';

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

export type AppState = SessionSlice & GraphSlice & UiSlice;
export type SliceCreator<T> = StateCreator<AppState, [], [], T>;

import { toApiError } from '../api.js';
import { deletionImpact } from './deletion.js';
import type { SliceCreator, UiSlice } from './types.js';

/** Older messages give way so errors never pile up over the graph. */
const MAX_TOASTS = 4;
const NO_REQUESTS = {
  fitView: false,
  fitViewAtOnce: false,
  addNode: false,
  focusName: false,
  zoomToSelection: false,
  focusSearch: false,
} as const;

/** Apply React Flow's select/deselect changes; the same list back when nothing changed. */
export function applySelection(
  current: readonly string[],
  changes: readonly { id: string; selected: boolean }[],
): readonly string[] {
  const next = new Set(current);
  for (const { id, selected } of changes) {
    if (selected) next.add(id);
    else next.delete(id);
  }
  const same = next.size === current.length && current.every((id) => next.has(id));
  return same ? current : [...next];
}

export function createUiSlice(): SliceCreator<UiSlice> {
  let nextToastId = 1;
  return (set, get) => ({
    view: 'graph',
    selectedNodeIds: [],
    selectedEdgeIds: [],
    inspectorOpen: true,
    newNodeKind: 'component',
    toasts: [],
    confirm: null,
    requests: NO_REQUESTS,
    overlay: null,

    setOverlay: (overlay) => set({ overlay }),
    setView: (view) => set({ view }),
    select: (selectedNodeIds, selectedEdgeIds) => set({ selectedNodeIds, selectedEdgeIds }),
    setNodeSelected: (changes) =>
      set((state) => ({ selectedNodeIds: applySelection(state.selectedNodeIds, changes) })),
    setEdgeSelected: (changes) =>
      set((state) => ({ selectedEdgeIds: applySelection(state.selectedEdgeIds, changes) })),
    toggleInspector: () => set((state) => ({ inspectorOpen: !state.inspectorOpen })),
    setInspectorOpen: (inspectorOpen) => set({ inspectorOpen }),
    setNewNodeKind: (newNodeKind) => set({ newNodeKind }),

    pushToast(tone, key, params = {}) {
      const toast = { id: nextToastId++, tone, key, params };
      set((state) => ({ toasts: [...state.toasts, toast].slice(-MAX_TOASTS) }));
    },
    reportError(error) {
      const { code, message, params } = toApiError(error);
      // The English text rides along as {message} for messages that show details.
      get().pushToast('error', `error.${code}`, { message, ...params });
    },
    dismissToast: (id) => set((state) => ({ toasts: state.toasts.filter((t) => t.id !== id) })),

    requestDeleteSelection() {
      const state = get();
      const confirm = deletionImpact(state, state.selectedNodeIds, state.selectedEdgeIds);
      if (confirm) set({ confirm });
    },
    cancelConfirm: () => set({ confirm: null }),
    async confirmDelete() {
      const { confirm } = get();
      if (!confirm) return;
      set({ confirm: null });
      await get().deleteItems(confirm.nodeIds, confirm.edgeIds);
    },

    request: (what) => set((state) => ({ requests: { ...state.requests, [what]: true } })),
    consumeRequest(what) {
      if (!get().requests[what]) return false;
      set((state) => ({ requests: { ...state.requests, [what]: false } }));
      return true;
    },
  });
}

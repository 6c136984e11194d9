import { NO_FILTERS } from '../../shared/graph/filters.js';
import type { FindSlice, SliceCreator } from './types.js';

/** Search, filters, trace, collapse and the running layout: how the graph is looked at. */
export function createFindSlice(): SliceCreator<FindSlice> {
  return (set) => ({
    searchText: '',
    searchHits: null,
    filters: NO_FILTERS,
    trace: null,
    collapsedIds: [],
    layoutRun: null,
    setSearchText: (searchText) =>
      set(searchText.trim() === '' ? { searchText, searchHits: null } : { searchText }),
    setSearchHits: (searchHits) => set({ searchHits }),
    setFilters: (patch) => set((state) => ({ filters: { ...state.filters, ...patch } })),
    clearFilters: () => set({ filters: NO_FILTERS }),
    setTrace: (trace) => set({ trace }),
    toggleCollapsed: (ids) =>
      set((state) => {
        const next = new Set(state.collapsedIds);
        const allCollapsed = ids.every((id) => next.has(id));
        for (const id of ids) {
          if (allCollapsed) next.delete(id);
          else next.add(id);
        }
        return { collapsedIds: [...next] };
      }),
    expandAll: () => set({ collapsedIds: [] }),
    setLayoutRun: (layoutRun) => set({ layoutRun }),
  });
}

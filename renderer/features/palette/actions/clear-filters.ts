import { countActiveFilters } from '../../../../shared/graph/filters.js';
import { type Action } from '../action.js';

export const clearFiltersAction: Action = {
  id: 'clearFilters',
  labelKey: 'filters.clear',
  group: 'find',
  enabled: (state) => countActiveFilters(state.filters) > 0 || state.searchText !== '',
  perform: (store) => {
    const state = store.getState();
    state.clearFilters();
    state.setSearchText('');
  },
};

import type { View } from '../../../store/types.js';
import { hasProject, type Action } from '../action.js';

function showView(view: View, key: string): Action {
  return {
    id: `show-${view}`,
    labelKey: `action.show.${view}` as Action['labelKey'],
    group: 'view',
    shortcut: [key],
    enabled: hasProject,
    perform: (store) => store.getState().setView(view),
  };
}

export const showGraphAction = showView('graph', 'mod+1');
export const showTableAction = showView('table', 'mod+2');
export const showOverviewAction = showView('overview', 'mod+3');

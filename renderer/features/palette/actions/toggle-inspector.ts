import { hasProject, type Action } from '../action.js';

export const toggleInspectorAction: Action = {
  id: 'toggleInspector',
  labelKey: 'menu.toggleInspector',
  group: 'view',
  shortcut: ['mod+i'],
  enabled: hasProject,
  perform: (store) => store.getState().toggleInspector(),
};

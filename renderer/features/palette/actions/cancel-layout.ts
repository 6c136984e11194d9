import { cancelLayout } from '../../graph/layout/layout-runner.js';
import { type Action } from '../action.js';

export const cancelLayoutAction: Action = {
  id: 'cancelLayout',
  labelKey: 'layout.cancel',
  group: 'layout',
  shortcut: ['escape'],
  enabled: (state) => state.layoutRun !== null,
  perform: (store) => cancelLayout(store),
};

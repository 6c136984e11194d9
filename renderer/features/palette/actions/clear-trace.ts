import { type Action } from '../action.js';

export const clearTraceAction: Action = {
  id: 'clearTrace',
  labelKey: 'trace.clear',
  group: 'find',
  shortcut: ['escape'],
  enabled: (state) => state.trace !== null && state.layoutRun === null,
  perform: (store) => store.getState().setTrace(null),
};

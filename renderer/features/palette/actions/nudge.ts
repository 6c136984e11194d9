import type { AppStore } from '../../../store/create-store.js';
import { hasNodeSelection, inGraph, type Action } from '../action.js';

const STEP = 10;
const BIG_STEP = 50;

function nudge(store: AppStore, dx: number, dy: number): Promise<void> {
  const state = store.getState();
  const ids = state.selectedNodeIds;
  state.dragNodes(
    ids.flatMap((id) => {
      const node = state.nodes[id];
      return node ? [{ id, x: node.x + dx, y: node.y + dy }] : [];
    }),
  );
  return store.getState().persistPositions(ids);
}

const canNudge = (state: Parameters<typeof inGraph>[0]) =>
  inGraph(state) && hasNodeSelection(state);

function nudgeAction(id: string, key: string, dx: number, dy: number): Action {
  return {
    id,
    labelKey: `action.${id}` as Action['labelKey'],
    group: 'selection',
    shortcut: [key, `shift+${key}`],
    enabled: canNudge,
    paletteHidden: true,
    perform: (store, trigger) => {
      const scale = trigger?.shiftKey ? BIG_STEP / STEP : 1;
      return nudge(store, dx * scale, dy * scale);
    },
  };
}

/** Arrow keys move the selected need nodes; with Shift, further. */
export const nudgeActions: readonly Action[] = [
  nudgeAction('nudgeLeft', 'arrowleft', -STEP, 0),
  nudgeAction('nudgeRight', 'arrowright', STEP, 0),
  nudgeAction('nudgeUp', 'arrowup', 0, -STEP),
  nudgeAction('nudgeDown', 'arrowdown', 0, STEP),
];

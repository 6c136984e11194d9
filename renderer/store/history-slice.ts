import { translate } from '../../shared/i18n/index.js';
import type { Locale } from '../../shared/i18n/locales.js';
import type { HistoryResult, HistoryStep } from '../../shared/ipc/contract.js';
import type { ApiClient } from '../api.js';
import { mergeChangeSet } from './apply-changes.js';
import type { HistorySlice, SliceCreator } from './types.js';

/** The step's name for messages, e.g. "paste of 1000 need nodes". */
export function stepName(locale: Locale, step: HistoryStep): string {
  return translate(locale, `history.action.${step.action}`, { count: step.count });
}

export function createHistorySlice(client: ApiClient): SliceCreator<HistorySlice> {
  return (set, get) => {
    const take = async (method: 'history.undo' | 'history.redo'): Promise<void> => {
      let result: HistoryResult;
      try {
        result = await client.call(method);
      } catch (error) {
        get().reportError(error);
        await get().refreshHistory();
        return;
      }
      set((state) => ({ ...mergeChangeSet(state, result.changes), history: result.history }));
      const { step } = result;
      if (!step) {
        get().pushToast(
          'info',
          method === 'history.undo' ? 'history.nothingToUndo' : 'history.nothingToRedo',
        );
        return;
      }
      const key = method === 'history.undo' ? 'history.undone' : 'history.redone';
      get().pushToast('info', key, { step: stepName(get().locale, step) });
    };
    return {
      history: { undo: null, redo: null },
      async refreshHistory() {
        try {
          const history = await client.call('history.state');
          set({ history });
        } catch (error) {
          get().reportError(error);
        }
      },
      undo: () => take('history.undo'),
      redo: () => take('history.redo'),
    };
  };
}

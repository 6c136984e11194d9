import { useT } from '../../i18n/use-t.js';
import {
  selectHasSelection,
  selectInspectorOpen,
  selectNewNodeKind,
} from '../../store/selectors.js';
import { useAppStore, useAppStoreApi } from '../../store/react.js';
import { KindPicker } from './KindPicker.js';

export function GraphToolbar() {
  const t = useT();
  const store = useAppStoreApi();
  const kind = useAppStore(selectNewNodeKind);
  const hasSelection = useAppStore(selectHasSelection);
  const inspectorOpen = useAppStore(selectInspectorOpen);
  const actions = store.getState();

  return (
    <div className="toolbar" role="toolbar" aria-label={t('graph.toolbar')}>
      <div className="toolbar__group">
        <KindPicker
          value={kind}
          onChange={actions.setNewNodeKind}
          testId="kind-picker"
          label={t('graph.kindPicker')}
        />
        <button
          type="button"
          className="button button--primary"
          data-testid="add-node"
          onClick={() => actions.request('addNode')}
        >
          <span aria-hidden="true">＋</span> {t('graph.addNode')}
        </button>
      </div>
      <div className="toolbar__group">
        <button
          type="button"
          className="button"
          data-testid="fit-view"
          onClick={() => actions.request('fitView')}
        >
          {t('graph.fitView')}
        </button>
        <button
          type="button"
          className="button button--danger"
          data-testid="delete-selection"
          disabled={!hasSelection}
          onClick={actions.requestDeleteSelection}
        >
          {t('graph.deleteSelection')}
        </button>
      </div>
      <div className="toolbar__spacer" />
      <p className="toolbar__hint">{t('graph.hint')}</p>
      <button
        type="button"
        className="button"
        aria-pressed={inspectorOpen}
        data-testid="toggle-inspector"
        onClick={actions.toggleInspector}
      >
        {t('graph.toggleInspector')}
      </button>
    </div>
  );
}

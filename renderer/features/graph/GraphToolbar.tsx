import { useT } from '../../i18n/use-t.js';
import {
  selectHasSelection,
  selectInspectorOpen,
  selectNewNodeKind,
} from '../../store/selectors.js';
import { useAppStore, useAppStoreApi } from '../../store/react.js';
import type { AppState } from '../../store/types.js';
import { collapseAction } from '../palette/actions/collapse.js';
import { expandAllAction } from '../palette/actions/expand-all.js';
import { layoutAllAction } from '../palette/actions/layout-all.js';
import { layoutSelectionAction } from '../palette/actions/layout-selection.js';
import { redoAction } from '../palette/actions/redo.js';
import { traceDownstreamAction } from '../palette/actions/trace-downstream.js';
import { traceUpstreamAction } from '../palette/actions/trace-upstream.js';
import { undoAction } from '../palette/actions/undo.js';
import { zoomToSelectionAction } from '../palette/actions/zoom-to-selection.js';
import { FindBar } from './FindBar.js';
import { KindPicker } from './KindPicker.js';
import { ToolButton } from './ToolButton.js';

const selectTraceDirection = (state: AppState) => state.trace?.direction ?? null;

export function GraphToolbar() {
  const t = useT();
  const store = useAppStoreApi();
  const kind = useAppStore(selectNewNodeKind);
  const hasSelection = useAppStore(selectHasSelection);
  const inspectorOpen = useAppStore(selectInspectorOpen);
  const traceDirection = useAppStore(selectTraceDirection);
  const actions = store.getState();

  return (
    <div className="graph-toolbars">
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
          <ToolButton action={undoAction} text="↶" />
          <ToolButton action={redoAction} text="↷" />
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
          <ToolButton action={zoomToSelectionAction} text={t('toolbar.zoomToSelection')} />
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
        <div className="toolbar__group">
          <ToolButton action={layoutAllAction} text={t('toolbar.layout')} />
          <ToolButton action={layoutSelectionAction} text={t('toolbar.layoutSelection')} />
        </div>
        <div className="toolbar__spacer" />
        <button
          type="button"
          className="button"
          title={t('shortcuts.open')}
          data-testid="open-shortcuts"
          onClick={() => actions.setOverlay('shortcuts')}
        >
          ?
        </button>
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
      <FindBar>
        <div className="toolbar__group">
          <ToolButton
            action={traceUpstreamAction}
            text={t('toolbar.traceUpstream')}
            pressed={traceDirection === 'upstream'}
          />
          <ToolButton
            action={traceDownstreamAction}
            text={t('toolbar.traceDownstream')}
            pressed={traceDirection === 'downstream'}
          />
        </div>
        <div className="toolbar__group">
          <ToolButton action={collapseAction} text={t('toolbar.collapse')} />
          <ToolButton action={expandAllAction} text={t('toolbar.expandAll')} />
        </div>
      </FindBar>
    </div>
  );
}

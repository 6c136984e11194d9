import type { Action } from '../action.js';
import { addNodeAction } from './add-node.js';
import { cancelLayoutAction } from './cancel-layout.js';
import { clearFiltersAction } from './clear-filters.js';
import { clearSelectionAction } from './clear-selection.js';
import { clearTraceAction } from './clear-trace.js';
import { collapseAction } from './collapse.js';
import { copyAction } from './copy.js';
import { cutAction } from './cut.js';
import { deleteAction } from './delete.js';
import { duplicateAction } from './duplicate.js';
import { expandAllAction } from './expand-all.js';
import { findAction } from './find.js';
import { fitViewAction } from './fit-view.js';
import { layoutAllAction } from './layout-all.js';
import { layoutSelectionAction } from './layout-selection.js';
import { nudgeActions } from './nudge.js';
import { openPaletteAction } from './open-palette.js';
import { pasteAction } from './paste.js';
import { redoAction } from './redo.js';
import { selectAllAction } from './select-all.js';
import { showGraphAction, showOverviewAction, showTableAction } from './show-view.js';
import { showShortcutsAction } from './show-shortcuts.js';
import { toggleInspectorAction } from './toggle-inspector.js';
import { traceDownstreamAction } from './trace-downstream.js';
import { traceUpstreamAction } from './trace-upstream.js';
import { undoAction } from './undo.js';
import { zoomToSelectionAction } from './zoom-to-selection.js';

/**
 * Every action, in the order the palette and the sheet list them. Where two share a key
 * (Escape), the first one enabled runs: cancel a layout, then clear a trace, then deselect.
 */
export const ACTIONS: readonly Action[] = [
  undoAction,
  redoAction,
  copyAction,
  cutAction,
  pasteAction,
  duplicateAction,
  deleteAction,
  addNodeAction,
  selectAllAction,
  cancelLayoutAction,
  clearTraceAction,
  clearSelectionAction,
  ...nudgeActions,
  findAction,
  clearFiltersAction,
  traceUpstreamAction,
  traceDownstreamAction,
  collapseAction,
  expandAllAction,
  layoutAllAction,
  layoutSelectionAction,
  fitViewAction,
  zoomToSelectionAction,
  showGraphAction,
  showTableAction,
  showOverviewAction,
  toggleInspectorAction,
  openPaletteAction,
  showShortcutsAction,
];

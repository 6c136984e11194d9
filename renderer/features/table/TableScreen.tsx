import './table.css';
import { ReadyMarker } from '../../components/ReadyMarker.js';
import { selectGraphLoaded } from '../../store/selectors.js';
import { useAppStore } from '../../store/react.js';
import { FindBar } from '../graph/FindBar.js';
import { ToolButton } from '../graph/ToolButton.js';
import { redoAction } from '../palette/actions/redo.js';
import { undoAction } from '../palette/actions/undo.js';
import { useSearch } from '../search/use-search.js';
import { BulkEditBar } from './BulkEditBar.js';
import { NeedTable } from './NeedTable.js';

/** The table view: every need node, with the graph's search and filters and its undo stack. */
export function TableScreen() {
  const loaded = useAppStore(selectGraphLoaded);
  useSearch(loaded);
  return (
    <div className="table-screen" data-testid="table-view">
      {loaded && <ReadyMarker />}
      <FindBar>
        <div className="toolbar__group">
          <ToolButton action={undoAction} text="↶" />
          <ToolButton action={redoAction} text="↷" />
        </div>
      </FindBar>
      <BulkEditBar />
      <NeedTable />
    </div>
  );
}

import './graph-editing.css';
import { ReactFlowProvider } from '@xyflow/react';
import { selectInspectorOpen } from '../../store/selectors.js';
import { useAppStore } from '../../store/react.js';
import { Inspector } from '../inspector/Inspector.js';
import { useClipboard } from './clipboard/use-clipboard.js';
import { GraphCanvas } from './GraphCanvas.js';
import { GraphToolbar } from './GraphToolbar.js';
import { StatusBanner } from './StatusBanner.js';

/** The graph view: toolbar and find bar over the canvas, the inspector beside it. */
export function GraphScreen() {
  const inspectorOpen = useAppStore(selectInspectorOpen);
  useClipboard();
  return (
    <ReactFlowProvider>
      <div className="graph-screen" data-testid="graph-view">
        <GraphToolbar />
        <div className="graph-screen__body">
          <div className="graph-screen__canvas">
            <StatusBanner />
            <GraphCanvas />
          </div>
          {inspectorOpen && <Inspector />}
        </div>
      </div>
    </ReactFlowProvider>
  );
}

import { ReactFlowProvider } from '@xyflow/react';
import { selectInspectorOpen } from '../../store/selectors.js';
import { useAppStore } from '../../store/react.js';
import { Inspector } from '../inspector/Inspector.js';
import { GraphCanvas } from './GraphCanvas.js';
import { GraphToolbar } from './GraphToolbar.js';
import { useDeleteKey } from './use-delete-key.js';

/** The graph view: toolbar over the canvas, the inspector beside it. */
export function GraphScreen() {
  const inspectorOpen = useAppStore(selectInspectorOpen);
  useDeleteKey();
  return (
    <ReactFlowProvider>
      <div className="graph-screen" data-testid="graph-view">
        <GraphToolbar />
        <div className="graph-screen__body">
          <GraphCanvas />
          {inspectorOpen && <Inspector />}
        </div>
      </div>
    </ReactFlowProvider>
  );
}

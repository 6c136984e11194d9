import { Handle, Position } from '@xyflow/react';
import { memo } from 'react';

/**
 * The far end of a needs edge that runs into the window from a need node outside it. React
 * Flow needs both ends of an edge to draw it, but this end lies outside the window, so out of
 * view: it gets only the handles the edge attaches to (hidden), not a card to build and paint.
 */
export const FarEndNode = memo(function FarEndNode() {
  return (
    <>
      <Handle type="target" position={Position.Left} className="need-node__handle far-end" />
      <Handle type="source" position={Position.Right} className="need-node__handle far-end" />
    </>
  );
});

import { GraphSpacePortal } from './GraphSpacePortal.js';
import type { Bounds } from '../fit.js';
import { backdropBox } from './backdrop-box.js';

/**
 * The dot grid, drawn once in graph space under everything React Flow draws. Being the first,
 * opaque and largest thing in the viewport, it lets Chromium paint the window's cards and
 * edges into the one layer it moves on a pan, instead of repainting them every frame (or
 * giving scattered cards layers of their own).
 */
export function Backdrop({ graph, window }: { graph: Bounds; window: Bounds }) {
  const box = backdropBox(graph, window);
  return (
    <GraphSpacePortal>
      <div
        className="graph-backdrop"
        aria-hidden="true"
        style={{
          left: box.minX,
          top: box.minY,
          width: box.maxX - box.minX,
          height: box.maxY - box.minY,
        }}
      />
    </GraphSpacePortal>
  );
}

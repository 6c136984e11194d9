/// <reference lib="webworker" />
import { anchorPositions } from '../features/graph/layout/anchor.js';
import { layoutGraph } from '../features/graph/layout/elk-layout.js';
import { fastLayered } from '../features/graph/layout/fast-layered.js';
import {
  ELK_MAX_NODES,
  type LayoutRequest,
  type LayoutResponse,
} from '../features/graph/layout/protocol.js';

// Layout runs here so the window never freezes; cancelling terminates this worker.
const reply = (response: LayoutResponse) => self.postMessage(response);

async function run({ nodes, edges, anchor }: LayoutRequest): Promise<void> {
  if (nodes.length <= ELK_MAX_NODES) {
    reply({ type: 'phase', phase: 'layering' });
    const positions = anchorPositions(await layoutGraph(nodes, edges), anchor);
    reply({ type: 'done', positions, engine: 'elk' });
    return;
  }
  const laidOut = fastLayered(nodes, edges, (phase) => reply({ type: 'phase', phase }));
  reply({ type: 'done', positions: anchorPositions(laidOut, anchor), engine: 'fast-layered' });
}

// Assigned after the imports run, so it wins over any handler a bundled library installs.
self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  run(event.data).catch((error: unknown) => {
    reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  });
};

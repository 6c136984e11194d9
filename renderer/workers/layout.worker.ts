/// <reference lib="webworker" />
import { anchorPositions } from '../features/graph/layout/anchor.js';
import { layoutGraph, type LayoutEdge } from '../features/graph/layout/elk-layout.js';
import { fastLayered } from '../features/graph/layout/fast-layered.js';
import {
  ELK_MAX_NODES,
  type LayoutRequest,
  type LayoutResponse,
} from '../features/graph/layout/protocol.js';

// Layout runs here so the window never freezes; cancelling terminates this worker.
const reply = (response: LayoutResponse, transfer: Transferable[] = []) =>
  self.postMessage(response, transfer);

function edgesOf(ids: readonly string[], pairs: Int32Array): LayoutEdge[] {
  const edges: LayoutEdge[] = [];
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const source = ids[pairs[i] as number];
    const target = ids[pairs[i + 1] as number];
    if (source !== undefined && target !== undefined) edges.push({ source, target });
  }
  return edges;
}

async function run({ ids, size, edges: pairs, anchor }: LayoutRequest): Promise<void> {
  const nodes = ids.map((id) => ({ id, ...size }));
  const edges = edgesOf(ids, pairs);
  const done = (xy: Float64Array, engine: 'elk' | 'fast-layered') =>
    reply({ type: 'done', xy, engine }, [xy.buffer]);
  if (nodes.length <= ELK_MAX_NODES) {
    reply({ type: 'phase', phase: 'layering' });
    done(anchorPositions(await layoutGraph(nodes, edges), ids, anchor), 'elk');
    return;
  }
  const laidOut = fastLayered(nodes, edges, (phase) => reply({ type: 'phase', phase }));
  done(anchorPositions(laidOut, ids, anchor), 'fast-layered');
}

// Assigned after the imports run, so it wins over any handler a bundled library installs.
self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  run(event.data).catch((error: unknown) => {
    reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  });
};

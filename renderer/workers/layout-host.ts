/// <reference lib="webworker" />
import { anchorPositions } from '../features/graph/layout/anchor.js';
import type { LaidOut, LayoutEdge, LayoutNode } from '../features/graph/layout/elk-layout.js';
import type {
  LayoutPhase,
  LayoutRequest,
  LayoutResponse,
} from '../features/graph/layout/protocol.js';

export type LayoutEngine = (
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  onPhase: (phase: LayoutPhase) => void,
) => LaidOut[] | Promise<LaidOut[]>;

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

/**
 * Answer the page's layout request in this worker with `engine`: the window never freezes, and
 * cancelling terminates the worker. Call it after the imports have run, so the handler wins
 * over any a bundled library installs.
 */
export function hostLayout(name: 'elk' | 'fast-layered', engine: LayoutEngine): void {
  const run = async ({ ids, size, edges, anchor }: LayoutRequest): Promise<void> => {
    const nodes = ids.map((id) => ({ id, ...size }));
    const laidOut = await engine(nodes, edgesOf(ids, edges), (phase) =>
      reply({ type: 'phase', phase }),
    );
    const xy = anchorPositions(laidOut, ids, anchor);
    reply({ type: 'done', xy, engine: name }, [xy.buffer]);
  };
  self.onmessage = (event: MessageEvent<LayoutRequest>) => {
    run(event.data).catch((error: unknown) => {
      reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    });
  };
}

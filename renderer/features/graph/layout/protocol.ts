import type { LaidOut, LayoutEdge, LayoutNode } from './elk-layout.js';

export interface LayoutRequest {
  nodes: LayoutNode[];
  edges: LayoutEdge[];
  /** Top-left of the laid-out need nodes' box before layout; the result is moved there. */
  anchor: { x: number; y: number } | null;
}

export type LayoutPhase = 'layering' | 'ordering' | 'placing';

export type LayoutResponse =
  | { type: 'phase'; phase: LayoutPhase }
  | { type: 'done'; positions: LaidOut[]; engine: 'elk' | 'fast-layered' }
  | { type: 'failed'; message: string };

/**
 * Up to this many need nodes ELK's layered algorithm lays the graph out; above it the built-in
 * fast layered layout does, because ELK took over 10 s for 2,000 nodes on a 2-core machine.
 */
export const ELK_MAX_NODES = 400;

export interface LayoutRequest {
  /** The need nodes to lay out, all of one size. */
  ids: string[];
  size: { width: number; height: number };
  /**
   * Needs edges as pairs of indexes into `ids` (needing, needed): transferred, not cloned, so
   * posting 15,000 of them costs the window nothing.
   */
  edges: Int32Array;
  /** Top-left of the laid-out need nodes' box before layout; the result is moved there. */
  anchor: { x: number; y: number } | null;
}

export type LayoutPhase = 'layering' | 'ordering' | 'placing';

export type LayoutResponse =
  | { type: 'phase'; phase: LayoutPhase }
  /** x, y of `ids[i]` at 2i, 2i + 1 (NaN: left where it is): one transferred buffer. */
  | { type: 'done'; xy: Float64Array; engine: 'elk' | 'fast-layered' }
  | { type: 'failed'; message: string };

/**
 * Up to this many need nodes ELK's layered algorithm lays the graph out; above it the built-in
 * fast layered layout does, because ELK took over 10 s for 2,000 nodes on a 2-core machine.
 */
export const ELK_MAX_NODES = 400;

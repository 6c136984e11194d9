import type { Bounds } from '../fit.js';

/** What the passing-edges worker keeps of the graph: the overview's arrays it draws from. */
export interface PassingGraph {
  count: number;
  /** x, y of each need node's top-left corner. */
  xy: Float64Array;
  edgeCount: number;
  /** x1, y1, x2, y2 of each needs edge. */
  edgeXy: Float64Array;
  edgeLit: Uint8Array;
}

export interface PassingStyle {
  colour: string;
  width: number;
}

/** Messages to the passing-edges worker. */
export type PassingRequest =
  | { type: 'canvas'; canvas: OffscreenCanvas }
  | { type: 'graph'; graph: PassingGraph }
  | {
      type: 'draw';
      box: Bounds;
      zoom: number;
      /** 1 for each needs edge (in the graph's order) that React Flow draws itself. */
      drawn: Uint8Array;
      style: PassingStyle;
    };

/** Its answer once a draw is on the canvas: the box the canvas now shows. */
export interface PassingResponse {
  box: Bounds;
}

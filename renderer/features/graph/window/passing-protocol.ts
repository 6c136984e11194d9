import type { Bounds } from '../fit.js';
import type { EdgeLines, OverviewData } from '../overview/overview-data.js';

/** What the page sends of the graph: the overview's need nodes and needs edge ends. */
export type PassingNodes = Pick<OverviewData, 'count' | 'xy' | 'flags' | 'edgeCount' | 'edgeEnds'>;

/** What the passing-edges worker draws from: the needs edges' lines derived from their ends. */
export type PassingGraph = Pick<OverviewData, 'count' | 'xy' | 'edgeCount'> & EdgeLines;

export interface PassingStyle {
  colour: string;
  width: number;
}

/** Messages to the passing-edges worker. */
export type PassingRequest =
  | { type: 'canvas'; canvas: OffscreenCanvas }
  | { type: 'graph'; graph: PassingNodes }
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

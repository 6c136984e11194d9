import type { Bounds } from '../fit.js';
import type { EdgeLines, OverviewData } from '../overview/overview-data.js';

/** What the page sends of the graph: the overview's need nodes and needs edge ends. */
export type PassingNodes = Pick<
  OverviewData,
  'count' | 'xy' | 'kind' | 'flags' | 'edgeCount' | 'edgeEnds'
>;

/** What the passing-edges worker draws from: the needs edges' lines derived from their ends. */
export type PassingGraph = Pick<OverviewData, 'count' | 'xy' | 'kind' | 'flags' | 'edgeCount'> &
  EdgeLines;

/** The stylesheet's colours and edge width, which a worker cannot read. */
export interface PassingStyle {
  colour: string;
  width: number;
  /** Each need-node kind's colour, in NEED_KINDS order. */
  kinds: readonly string[];
  panel: string;
  border: string;
  selected: string;
}

/** One drawing of the canvas: where, and what React Flow already shows there. */
export interface PassingDraw {
  box: Bounds;
  zoom: number;
  /** 1 for each needs edge (in the graph's order) that React Flow draws itself. */
  drawn: Uint8Array;
  /** 1 for each need node (in the graph's order) whose card React Flow has mounted. */
  mounted: Uint8Array;
  /** Zoomed out so far that cards are drawn as blocks. */
  blocks: boolean;
  style: PassingStyle;
}

/** Messages to the passing-edges worker. */
export type PassingRequest =
  /** The two canvases that take turns (see passing-painter.ts). */
  | { type: 'canvases'; canvases: OffscreenCanvas[] }
  | { type: 'graph'; graph: PassingNodes }
  /** Draw on canvas `buffer` (0 or 1), which is blank. */
  | ({ type: 'draw'; buffer: number } & PassingDraw)
  | { type: 'clear'; buffer: number };

/** Its answers once a drawing, or a clearing, is on a canvas. */
export interface PassingResponse {
  type: 'drawn' | 'cleared';
  buffer: number;
}

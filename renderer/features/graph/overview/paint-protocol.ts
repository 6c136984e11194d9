import type { Palette, Transform } from './draw.js';
import type { OverviewData } from './overview-data.js';

/** What the page sends of the graph; the worker derives the needs edges' lines itself. */
export type OverviewNodes = Pick<OverviewData, 'count' | 'xy' | 'kind' | 'flags' | 'edgeEnds'>;

/** What a canvas shows: the whole graph with its needs edges, or the minimap's need nodes. */
export type OverviewCanvasKind = 'overview' | 'minimap';

/** Where graph space lands on a canvas, and the canvas's size. */
export interface CanvasDrawing {
  t: Transform;
  width: number;
  height: number;
}

/** Messages to the overview worker; `canvas` numbers each canvas handed over. */
export type OverviewRequest =
  | {
      type: 'canvas';
      canvas: number;
      kind: OverviewCanvasKind;
      surface: OffscreenCanvas;
      palette: Palette;
    }
  | { type: 'release'; canvas: number }
  | { type: 'graph'; graph: OverviewNodes }
  | ({ type: 'draw'; canvas: number } & CanvasDrawing);

/** Its answer once a drawing has gone to the screen. */
export interface OverviewLanded {
  canvas: number;
}

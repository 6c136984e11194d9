import type { NeedNode } from '../../../../shared/model/index.js';
import { NODE_HEIGHT, NODE_WIDTH } from '../node-size.js';
import type { Bounds } from '../fit.js';

/** Cell side in graph units: a few cards across, so a viewport touches tens of cells. */
const CELL = 512;

const cellKey = (column: number, row: number) => `${String(column)},${String(row)}`;

/**
 * Need nodes bucketed by the grid cell of their top-left corner (cards have one known size),
 * so the nodes near the view are found without scanning them all. `sync` follows the store:
 * when the same ids come with a new record it moves only the nodes whose object changed.
 */
export class SpatialGrid {
  private cells = new Map<string, Set<string>>();
  private placed = new Map<string, { node: NeedNode; key: string }>();
  private ids: readonly string[] = [];
  /** The record last followed: the same again (a new window) needs no scan of every node. */
  private nodes: Readonly<Record<string, NeedNode>> = {};
  /** Each id's place in the store's order, so a query keeps the drawing order. */
  private order = new Map<string, number>();

  /** Follows the store; true when any need node was added, removed or moved. */
  sync(ids: readonly string[], nodes: Readonly<Record<string, NeedNode>>): boolean {
    if (ids === this.ids && nodes === this.nodes) return false;
    this.nodes = nodes;
    if (ids !== this.ids) {
      this.ids = ids;
      this.cells.clear();
      this.placed.clear();
      this.order = new Map(ids.map((id, index) => [id, index]));
      for (const id of ids) {
        const node = nodes[id];
        if (node) this.place(id, node);
      }
      return true;
    }
    let changed = false;
    for (const id of ids) {
      const node = nodes[id];
      const old = this.placed.get(id);
      if (node === old?.node) continue;
      changed = true;
      if (old) this.cells.get(old.key)?.delete(id);
      if (node) this.place(id, node);
      else this.placed.delete(id);
    }
    return changed;
  }

  /** Ids of the need nodes whose card overlaps the box, in the store's order. */
  query(box: Bounds): string[] {
    const found: string[] = [];
    // A card reaches into the cells left of and above its corner's cell.
    const firstColumn = Math.floor((box.minX - NODE_WIDTH) / CELL);
    const firstRow = Math.floor((box.minY - NODE_HEIGHT) / CELL);
    const lastColumn = Math.floor(box.maxX / CELL);
    const lastRow = Math.floor(box.maxY / CELL);
    for (let column = firstColumn; column <= lastColumn; column++) {
      for (let row = firstRow; row <= lastRow; row++) {
        for (const id of this.cells.get(cellKey(column, row)) ?? []) {
          const node = this.placed.get(id)?.node;
          if (node && overlaps(node, box)) found.push(id);
        }
      }
    }
    const order = this.order;
    return found.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  }

  private place(id: string, node: NeedNode): void {
    const key = cellKey(Math.floor(node.x / CELL), Math.floor(node.y / CELL));
    let cell = this.cells.get(key);
    if (!cell) this.cells.set(key, (cell = new Set()));
    cell.add(id);
    this.placed.set(id, { node, key });
  }
}

function overlaps(node: NeedNode, box: Bounds): boolean {
  return (
    node.x + NODE_WIDTH >= box.minX &&
    node.x <= box.maxX &&
    node.y + NODE_HEIGHT >= box.minY &&
    node.y <= box.maxY
  );
}

import type { BoardCard } from './board-model.js';

/**
 * Where focus goes from a card on an arrow key: up and down within its column, left and right
 * to the nearest column that has cards (same row, or its last card), Home and End to the ends
 * of the column. Null for any other key or when there is nowhere to go.
 */
export function nextFocus(
  columns: readonly (readonly BoardCard[])[],
  linkId: string,
  key: string,
): string | null {
  const col = columns.findIndex((column) => column.some((card) => card.link.id === linkId));
  const column = columns[col];
  if (!column) return null;
  const row = column.findIndex((card) => card.link.id === linkId);
  const at = (c: readonly BoardCard[] | undefined, r: number): string | null =>
    c?.[Math.max(0, Math.min(r, c.length - 1))]?.link.id ?? null;
  switch (key) {
    case 'ArrowDown':
      return row + 1 < column.length ? at(column, row + 1) : null;
    case 'ArrowUp':
      return row > 0 ? at(column, row - 1) : null;
    case 'Home':
      return at(column, 0);
    case 'End':
      return at(column, column.length - 1);
    case 'ArrowRight':
    case 'ArrowLeft': {
      const step = key === 'ArrowRight' ? 1 : -1;
      for (let c = col + step; c >= 0 && c < columns.length; c += step) {
        if ((columns[c]?.length ?? 0) > 0) return at(columns[c], row);
      }
      return null;
    }
    default:
      return null;
  }
}

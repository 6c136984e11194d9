import type { PastedNode } from '../../../../shared/ipc/contract.js';
import { NODE_HEIGHT, NODE_WIDTH } from '../node-size.js';

const COLUMN_ROWS = 25;
const GAP_X = 60;
const GAP_Y = 16;

/** Rows from a sheet, laid out in columns of 25 around a centre point. */
export function gridAround(count: number, centre: { x: number; y: number }) {
  const columns = Math.ceil(count / COLUMN_ROWS);
  const rows = Math.min(count, COLUMN_ROWS);
  const width = columns * (NODE_WIDTH + GAP_X) - GAP_X;
  const height = rows * (NODE_HEIGHT + GAP_Y) - GAP_Y;
  const left = Math.round(centre.x - width / 2);
  const top = Math.round(centre.y - height / 2);
  return (index: number) => ({
    x: left + Math.floor(index / COLUMN_ROWS) * (NODE_WIDTH + GAP_X),
    y: top + (index % COLUMN_ROWS) * (NODE_HEIGHT + GAP_Y),
  });
}

/** Copied need nodes keep their arrangement, moved so it is centred where the user looks. */
export function centreOn(nodes: readonly PastedNode[], centre: { x: number; y: number }) {
  const xs = nodes.map((node) => node.x);
  const ys = nodes.map((node) => node.y);
  const left = Math.min(...xs);
  const top = Math.min(...ys);
  const dx = Math.round(centre.x - (left + Math.max(...xs) + NODE_WIDTH) / 2);
  const dy = Math.round(centre.y - (top + Math.max(...ys) + NODE_HEIGHT) / 2);
  return nodes.map((node) => ({ ...node, x: node.x + dx, y: node.y + dy }));
}

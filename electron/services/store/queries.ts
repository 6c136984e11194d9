import type Database from 'better-sqlite3';
import type { EdgeLike } from '../../../shared/graph/adjacency.js';

export interface StoreCounts {
  nodesByKind: Record<string, number>;
  keyItems: number;
  parties: number;
  edges: number;
  linksByStage: Record<string, number>;
  linksByStatus: Record<string, number>;
  ops: number;
}

/** Read-only questions the editing rules ask of the materialized tables. */
export interface StoreQueries {
  edgePairs(): EdgeLike[];
  edgeIdBetween(fromId: string, toId: string): string | null;
  edgeIdsTouching(nodeId: string): string[];
  linkIdsOfNode(nodeId: string): string[];
  counts(): StoreCounts;
}

function tally(rows: unknown[]): Record<string, number> {
  const result: Record<string, number> = {};
  for (const row of rows as { key: string | number; n: number }[]) {
    result[String(row.key)] = row.n;
  }
  return result;
}

export function prepareQueries(db: Database.Database): StoreQueries {
  const edgePairs = db.prepare('SELECT from_id AS fromId, to_id AS toId FROM edges');
  const edgeBetween = db
    .prepare('SELECT id FROM edges WHERE from_id = ? AND to_id = ? ORDER BY id LIMIT 1')
    .pluck();
  const edgesTouching = db
    .prepare('SELECT id FROM edges WHERE from_id = @node OR to_id = @node ORDER BY id')
    .pluck();
  const linksOfNode = db.prepare('SELECT id FROM links WHERE node_id = ? ORDER BY id').pluck();
  const nodesByKind = db.prepare('SELECT kind AS key, count(*) AS n FROM nodes GROUP BY kind');
  const keyItems = db.prepare('SELECT count(*) FROM nodes WHERE key_item = 1').pluck();
  const parties = db.prepare('SELECT count(*) FROM parties').pluck();
  const edges = db.prepare('SELECT count(*) FROM edges').pluck();
  const linksByStage = db.prepare('SELECT stage AS key, count(*) AS n FROM links GROUP BY stage');
  const linksByStatus = db.prepare(
    'SELECT status AS key, count(*) AS n FROM links GROUP BY status',
  );
  const ops = db.prepare('SELECT count(*) FROM ops').pluck();

  return {
    edgePairs: () => edgePairs.all() as EdgeLike[],
    edgeIdBetween: (fromId, toId) => (edgeBetween.get(fromId, toId) as string | undefined) ?? null,
    edgeIdsTouching: (nodeId) => edgesTouching.all({ node: nodeId }) as string[],
    linkIdsOfNode: (nodeId) => linksOfNode.all(nodeId) as string[],
    counts: () => ({
      nodesByKind: tally(nodesByKind.all()),
      keyItems: Number(keyItems.get()),
      parties: Number(parties.get()),
      edges: Number(edges.get()),
      linksByStage: tally(linksByStage.all()),
      linksByStatus: tally(linksByStatus.all()),
      ops: Number(ops.get()),
    }),
  };
}

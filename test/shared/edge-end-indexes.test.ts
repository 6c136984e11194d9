import { describe, expect, it } from 'vitest';
import { edgeEndIndexes, type SnapshotColumns } from '../../shared/model/snapshot-columns.js';

const nodes = { id: ['a', 'b'] } as SnapshotColumns['nodes'];

function edges(fromId: unknown, toId: unknown): SnapshotColumns['edges'] {
  return { id: ['e1', 'e2', 'e3'], fromId, toId } as SnapshotColumns['edges'];
}

describe("the needs edges' ends as need node indexes", () => {
  it('gives each end its index in the need node column, in needs edge order', () => {
    expect([...edgeEndIndexes({ nodes, edges: edges([0, 1, 1], [1, 0, 1]) })]).toEqual([
      0, 1, 1, 0, 1, 1,
    ]);
  });

  it('reads a column whose ends are all one need node', () => {
    expect([...edgeEndIndexes({ nodes, edges: edges({ all: 0 }, [1, 1, 1]) })]).toEqual([
      0, 1, 0, 1, 0, 1,
    ]);
  });

  it('gives -1 for an end sent by id, past the need nodes, negative or not whole', () => {
    const ends = edgeEndIndexes({ nodes, edges: edges(['gone', 2, -1], [0, 1.5, 1]) });
    expect([...ends]).toEqual([-1, 0, -1, -1, -1, 1]);
  });
});

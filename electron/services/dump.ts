import type { ProjectSnapshot } from '../../shared/model/entities.js';
import type { ProjectStore } from './store/index.js';

/** `longmai dump --json`: every materialized row, sorted by id, keys in model order. */
export interface ProjectDump extends ProjectSnapshot {
  schemaVersion: number;
}

/** Code-unit order, not locale order, so the same data dumps to the same bytes anywhere. */
function byId<T extends { id: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function dumpProject(store: ProjectStore): ProjectDump {
  const snapshot = store.snapshot();
  return {
    schemaVersion: store.schemaVersion,
    project: snapshot.project,
    parties: byId(snapshot.parties),
    nodes: byId(snapshot.nodes),
    edges: byId(snapshot.edges),
    links: byId(snapshot.links),
    transitions: byId(snapshot.transitions),
    evidence: byId(snapshot.evidence),
  };
}

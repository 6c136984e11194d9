import type { ProjectSnapshot, Transition } from '../../shared/model/entities.js';
import type { ProjectStore } from './store/index.js';

/** A transition as dumped: with the SHA-256 of each evidence file, so scripts can check blobs. */
export interface DumpedTransition extends Transition {
  evidenceSha256: string[];
}

/** `longmai dump --json`: every materialized row, sorted by id, keys in model order. */
export interface ProjectDump extends ProjectSnapshot {
  schemaVersion: number;
  transitions: DumpedTransition[];
}

/** Code-unit order, not locale order, so the same data dumps to the same bytes anywhere. */
function byId<T extends { id: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function dumpProject(store: ProjectStore): ProjectDump {
  const snapshot = store.snapshot();
  const evidence = byId(snapshot.evidence);
  const hashes = new Map<string, string[]>();
  for (const record of evidence) {
    hashes.set(record.transitionId, [...(hashes.get(record.transitionId) ?? []), record.sha256]);
  }
  return {
    schemaVersion: store.schemaVersion,
    project: snapshot.project,
    parties: byId(snapshot.parties),
    nodes: byId(snapshot.nodes),
    edges: byId(snapshot.edges),
    links: byId(snapshot.links),
    transitions: byId(snapshot.transitions).map((t) => ({
      ...t,
      evidenceSha256: [...(hashes.get(t.id) ?? [])].sort(),
    })),
    evidence,
  };
}

import { NEED_KINDS } from '../../shared/model/kinds.js';
import { MAX_STAGE, MIN_STAGE } from '../../shared/model/stages.js';
import type { ProjectStore } from './store/index.js';

/** What `longmai info --json` prints. Scripts read it: add fields freely, never rename. */
export interface ProjectSummary {
  schemaVersion: number;
  project: { id: string; name: string; homeCountry: string };
  nodes: { total: number; byKind: Record<string, number>; keyItems: number };
  parties: number;
  edges: number;
  links: { total: number; byStage: Record<string, number>; byStatus: Record<string, number> };
  ops: number;
}

function sum(values: Record<string, number>): number {
  return Object.values(values).reduce((a, b) => a + b, 0);
}

/** Every kind and every stage is present, with 0 where there is nothing, so keys are stable. */
export function summarizeProject(store: ProjectStore): ProjectSummary {
  const counts = store.counts();
  const project = store.project();
  const byKind = Object.fromEntries(
    NEED_KINDS.map((kind) => [kind, counts.nodesByKind[kind] ?? 0]),
  );
  const byStage: Record<string, number> = {};
  for (let stage = MIN_STAGE; stage <= MAX_STAGE; stage++) {
    byStage[String(stage)] = counts.linksByStage[String(stage)] ?? 0;
  }
  return {
    schemaVersion: store.schemaVersion,
    project: { id: project.id, name: project.name, homeCountry: project.homeCountry },
    nodes: { total: sum(byKind), byKind, keyItems: counts.keyItems },
    parties: counts.parties,
    edges: counts.edges,
    links: { total: sum(byStage), byStage, byStatus: counts.linksByStatus },
    ops: counts.ops,
  };
}

import { computeCoverage, type Coverage } from './coverage.js';
import { riskFlags, type FlagList } from './flags.js';
import { singleSourcedUpstream } from './hidden-shared.js';
import { indexProject, type IndexedProject } from './indexed.js';
import type { MetricsInput } from './input.js';
import { qualifiedSuppliers, type QualifiedSuppliers } from './qualified.js';
import { projectRates, ROLL_UP_KINDS, rollUps, type ProjectRates, type RollUp } from './rollup.js';
import { buildReachedBy, type ReachedBy } from './reached-by.js';

/** The graph-only part of an analysis: what stays the same when supply links are lost. */
export interface GraphAnalysis {
  project: IndexedProject;
  /** Which systems and subsystems each need node is upstream of. */
  reached: ReachedBy;
}

/** Everything derived from one state of supply: coverage, rates, roll-ups, flags. */
export interface SupplyAnalysis extends ProjectRates {
  coverage: Coverage;
  qualified: QualifiedSuppliers;
  rollUps: RollUp[];
  risks: FlagList;
}

export function analyzeGraph(input: MetricsInput): GraphAnalysis {
  const project = indexProject(input);
  const reached = buildReachedBy(project, (i) => {
    const node = project.nodes[i];
    return node !== undefined && ROLL_UP_KINDS.includes(node.kind);
  });
  return { project, reached };
}

/** `linkLost[l]` = 1 analyses the project as if supply link l were gone. */
export function analyzeSupply(graph: GraphAnalysis, linkLost?: Uint8Array): SupplyAnalysis {
  const { project, reached } = graph;
  const coverage = computeCoverage(project, linkLost);
  const qualified = qualifiedSuppliers(project, linkLost);
  const shared = singleSourcedUpstream(project, reached.condensation, qualified);
  const risks = riskFlags(project, qualified, shared, linkLost);
  return {
    ...projectRates(coverage),
    coverage,
    qualified,
    rollUps: rollUps(project, reached, coverage),
    risks,
  };
}

import { categoryOf, computeCoverage, NOT_COUNTED, type Coverage } from './coverage.js';
import { riskFlags } from './flags.js';
import type { RiskFlag } from './flag-codes.js';
import { singleSourcedUpstream } from './hidden-shared.js';
import { indexProject, type IndexedProject } from './indexed.js';
import type { MetricsInput } from './input.js';
import { qualifiedSuppliers, type QualifiedSuppliers } from './qualified.js';
import { projectRates, rollUps, type ProjectRates, type RollUp } from './rollup.js';
import { buildUpstreamSets, type UpstreamSets } from './upstream-sets.js';

/** The graph-only part of an analysis: what stays the same when supply links are lost. */
export interface GraphAnalysis {
  project: IndexedProject;
  /** Upstream sets over the counted (key component, material and process) nodes. */
  counted: UpstreamSets;
}

/** Everything derived from one state of supply: coverage, rates, roll-ups, flags. */
export interface SupplyAnalysis extends ProjectRates {
  coverage: Coverage;
  qualified: QualifiedSuppliers;
  rollUps: RollUp[];
  flags: RiskFlag[];
  /** The need node index of each flag, in the same order. */
  flagNodes: Int32Array;
}

export function analyzeGraph(input: MetricsInput): GraphAnalysis {
  const project = indexProject(input);
  const counted = buildUpstreamSets(project, (i) => {
    const node = project.nodes[i];
    return node !== undefined && categoryOf(node.kind, node.keyItem) !== NOT_COUNTED;
  });
  return { project, counted };
}

/** `linkLost[l]` = 1 analyses the project as if supply link l were gone. */
export function analyzeSupply(graph: GraphAnalysis, linkLost?: Uint8Array): SupplyAnalysis {
  const { project, counted } = graph;
  const coverage = computeCoverage(project, linkLost);
  const qualified = qualifiedSuppliers(project, linkLost);
  const shared = singleSourcedUpstream(project, counted.condensation, qualified);
  const { flags, nodeIndex } = riskFlags(project, qualified, shared, linkLost);
  return {
    ...projectRates(coverage),
    coverage,
    qualified,
    rollUps: rollUps(project, counted, coverage),
    flags,
    flagNodes: nodeIndex,
  };
}

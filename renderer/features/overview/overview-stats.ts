import type { NeedNode, Party, SupplyLink } from '../../../shared/model/entities.js';
// Runtime values from the leaf modules, so the validation schemas stay out of the UI bundle.
import {
  NEED_KINDS,
  PARTY_KINDS,
  type NeedKind,
  type PartyKind,
} from '../../../shared/model/kinds.js';
import { ONE_DRAGON_STAGES } from '../../../shared/model/stages.js';
import { supplyOrigin, type SupplyOrigin } from '../graph/supply.js';

export interface OverviewInput {
  nodes: Readonly<Record<string, NeedNode>>;
  edgeIds: readonly string[];
  parties: Readonly<Record<string, Party>>;
  links: Readonly<Record<string, SupplyLink>>;
  homeCountry: string;
}

export interface OverviewStats {
  nodes: number;
  keyItems: number;
  edges: number;
  parties: number;
  links: number;
  byKind: Record<NeedKind, number>;
  /** Supply links per official stage index. */
  byStage: number[];
  byOrigin: Record<SupplyOrigin, number>;
  partiesByKind: Record<PartyKind, number>;
}

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

/** The counts the overview shows, computed from the graph (never typed in). */
export function overviewStats(input: OverviewInput): OverviewStats {
  const nodes = Object.values(input.nodes);
  const links = Object.values(input.links);
  const byKind = zeroes(NEED_KINDS);
  const byOrigin = zeroes<SupplyOrigin>(['domestic', 'import', 'none']);
  const partiesByKind = zeroes(PARTY_KINDS);
  const byStage = ONE_DRAGON_STAGES.map(() => 0);
  const linksByNode = new Map<string, SupplyLink[]>();
  for (const link of links) {
    byStage[link.stage] = (byStage[link.stage] ?? 0) + 1;
    const list = linksByNode.get(link.nodeId);
    if (list) list.push(link);
    else linksByNode.set(link.nodeId, [link]);
  }
  for (const node of nodes) {
    byKind[node.kind] += 1;
    byOrigin[supplyOrigin(linksByNode.get(node.id) ?? [], input.parties, input.homeCountry)] += 1;
  }
  for (const party of Object.values(input.parties)) partiesByKind[party.kind] += 1;
  return {
    nodes: nodes.length,
    keyItems: nodes.filter((node) => node.keyItem).length,
    edges: input.edgeIds.length,
    parties: Object.keys(input.parties).length,
    links: links.length,
    byKind,
    byStage,
    byOrigin,
    partiesByKind,
  };
}

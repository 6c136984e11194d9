import type { Party, SupplyLink } from '../../../shared/model/entities.js';
import type { ProjectStore } from '../store/index.js';
import { COMPONENT_NODES } from './nodes-components.js';
import { FOUNDATION_NODES } from './nodes-foundations.js';
import { PART_NODES } from './nodes-parts.js';
import { SYSTEM_NODES } from './nodes-systems.js';
import { SAMPLE_LINKS } from './links.js';
import { SAMPLE_PARTIES } from './parties.js';
import type { SampleLink } from './types.js';

const SAMPLE_NODES = [...SYSTEM_NODES, ...COMPONENT_NODES, ...PART_NODES, ...FOUNDATION_NODES];

/** A sample link with the records it became in the store. */
export interface IndexedSampleLink {
  index: number;
  spec: SampleLink;
  link: SupplyLink;
  party: Party;
  nodeCode: string;
}

export interface SampleIndex {
  links: IndexedSampleLink[];
  partyId(key: string): string;
  home: string;
}

/** Find the stored records of the sample's links by the names the sample gave them. */
export function indexSample(store: ProjectStore): SampleIndex {
  const snapshot = store.snapshot();
  const makerId = snapshot.project.makerPartyId;
  const partyByName = new Map(snapshot.parties.map((p) => [p.name, p]));
  const nodeByName = new Map(snapshot.nodes.map((n) => [n.name, n]));
  const partyId = (key: string): string => {
    if (key === 'maker') return makerId;
    const name = SAMPLE_PARTIES.find((p) => p.key === key)?.name;
    const found = name === undefined ? undefined : partyByName.get(name);
    if (!found) throw new Error(`sample party ${key} is not in the project`);
    return found.id;
  };
  const links: IndexedSampleLink[] = SAMPLE_LINKS.map((spec, index) => {
    const sampleNode = SAMPLE_NODES.find((n) => n.key === spec.node);
    const node = sampleNode ? nodeByName.get(sampleNode.name) : undefined;
    const pid = partyId(spec.party);
    const link = snapshot.links.find((l) => l.nodeId === node?.id && l.partyId === pid);
    const party = snapshot.parties.find((p) => p.id === pid);
    if (!node || !link || !party)
      throw new Error(`sample link ${spec.node}/${spec.party} is missing`);
    return { index, spec, link, party, nodeCode: node.code };
  });
  return { links, partyId, home: snapshot.project.homeCountry };
}

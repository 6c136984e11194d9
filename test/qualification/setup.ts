import { createNode } from '../../electron/services/edits/nodes.js';
import { createLink } from '../../electron/services/qualification/links.js';
import { createParty } from '../../electron/services/qualification/parties.js';
import type { ProjectStore } from '../../electron/services/index.js';
import type { Party, SupplyLink } from '../../shared/model/entities.js';
import { newProject, tempDir } from '../services/helpers.js';

export interface Bench {
  store: ProjectStore;
  maker: string;
  supplier: Party;
  platform: Party;
  link: SupplyLink;
}

/** A project with one need node supplied by one domestic supplier, and a test platform. */
export function qualificationBench(): Bench {
  const store = newProject(tempDir(), { homeCountry: 'CN' });
  const maker = store.project().makerPartyId;
  const supplier = createParty(store, {
    name: 'Luochuan Bearings',
    kind: 'component_supplier',
    country: 'CN',
  });
  const platform = createParty(store, {
    name: 'East China Test Platform',
    kind: 'test_platform',
    country: 'CN',
  });
  const node = createNode(store, { kind: 'component', name: 'Spindle bearing', x: 0, y: 0 });
  const link = createLink(store, { nodeId: node.id, partyId: supplier.id });
  return { store, maker, supplier, platform, link };
}

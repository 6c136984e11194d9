// A small project for the refusal tests: a maker's need supplied by a bearing maker, and the
// bearing maker's own upstream need (its supply link is the supplier's, not the maker's).
import path from 'node:path';
import { createProjectFile } from '../../electron/services/index.js';
import { creationChanges } from '../../electron/services/edits/changes.js';
import { createNode } from '../../electron/services/edits/nodes.js';
import { createLink } from '../../electron/services/qualification/links.js';
import { moveLink } from '../../electron/services/qualification/moves.js';
import { createParty } from '../../electron/services/qualification/parties.js';

export interface RefusalProject {
  path: string;
  /** The maker's supply link, moved once on PREVIOUS_MOVE. */
  makerLinkId: string;
  /** The supplier's own supply link: the maker may not set its official stage. */
  supplierLinkId: string;
  supplierName: string;
}

export const PREVIOUS_MOVE = '2026-06-01';

export function createRefusalProject(dir: string): RefusalProject {
  const file = path.join(dir, 'refusals.longmai');
  const store = createProjectFile(file, {
    name: '拒绝测试项目',
    makerName: '衡岳数控',
    homeCountry: 'CN',
  });
  try {
    const supplier = createParty(store, {
      name: '洛川轴承',
      kind: 'component_supplier',
      country: 'CN',
    });
    const steel = createParty(store, {
      name: '北岭特钢',
      kind: 'material_supplier',
      country: 'CN',
    });
    const bearing = createNode(store, { kind: 'component', name: '主轴轴承', x: 0, y: 0 });
    const makerLink = createLink(store, { nodeId: bearing.id, partyId: supplier.id });
    moveLink(store, { linkId: makerLink.id, toStage: 1, date: PREVIOUS_MOVE });
    const ringsId = 'supplier-rings';
    store.applyLocalChanges(
      creationChanges('node', ringsId, {
        kind: 'material',
        name: '轴承钢套圈',
        code: '',
        spec: '',
        keyItem: false,
        ownerPartyId: supplier.id,
        notes: '',
        x: 300,
        y: 0,
      }),
      { authorParty: supplier.id },
    );
    const supplierLink = createLink(
      store,
      { nodeId: ringsId, partyId: steel.id },
      { actingParty: supplier.id },
    );
    return {
      path: file,
      makerLinkId: makerLink.id,
      supplierLinkId: supplierLink.id,
      supplierName: supplier.name,
    };
  } finally {
    store.close();
  }
}
